package org.helpdesk.field;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.helpdesk.audit.AuditListener;
import org.helpdesk.shared.BaseEntity;

/** An extra ticket field an administrator defined: its type, labels, choices, and where it shows. */
@Entity
@Table(name = "dynamic_field")
@EntityListeners(AuditListener.class)
public class DynamicField extends BaseEntity {

    /** The longest text value (and option) a field holds. */
    public static final int LONGEST_TEXT = 500;

    private static final long serialVersionUID = 1L;

    /** The internal name, as in search parameters and exports. */
    @Column(nullable = false, unique = true, length = 100)
    private String name;

    @Column(name = "label_es", nullable = false, length = 200)
    private String labelEs;

    @Column(name = "label_en", nullable = false, length = 200)
    private String labelEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "field_type", nullable = false, length = 20)
    private FieldType type;

    /** The choices of a dropdown or multiselect, one per line. */
    @Column(name = "options")
    private String options;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean required;

    @Column(name = "show_agent_new", nullable = false)
    private boolean showAgentNew;

    @Column(name = "show_customer_new", nullable = false)
    private boolean showCustomerNew;

    @Column(name = "show_zoom", nullable = false)
    private boolean showZoom;

    @Column(name = "show_search", nullable = false)
    private boolean showSearch;

    @Column(nullable = false)
    private boolean valid = true;

    protected DynamicField() {
    }

    DynamicField(String name, FieldType type) {
        this.name = name;
        this.type = type;
    }

    void change(DynamicFieldForm form) {
        labelEs = form.labelEs().trim();
        labelEn = form.labelEn().trim();
        options = form.type().hasOptions() ? String.join("\n", form.optionList()) : null;
        position = form.position();
        required = form.required();
        showAgentNew = form.showAgentNew();
        showCustomerNew = form.showCustomerNew();
        showZoom = form.showZoom();
        showSearch = form.showSearch();
        valid = form.valid();
    }

    public String getName() {
        return name;
    }

    public String getLabelEs() {
        return labelEs;
    }

    public String getLabelEn() {
        return labelEn;
    }

    /** The label in the reader's language (Spanish unless English). */
    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelEs;
    }

    public FieldType getType() {
        return type;
    }

    public List<String> getOptions() {
        return options == null || options.isBlank() ? List.of() : Arrays.stream(options.split("\n")).map(String::trim)
                .filter(o -> !o.isEmpty()).toList();
    }

    public int getPosition() {
        return position;
    }

    public boolean isRequired() {
        return required;
    }

    public boolean isShowAgentNew() {
        return showAgentNew;
    }

    public boolean isShowCustomerNew() {
        return showCustomerNew;
    }

    public boolean isShowZoom() {
        return showZoom;
    }

    public boolean isShowSearch() {
        return showSearch;
    }

    public boolean isValid() {
        return valid;
    }

    public boolean shownOn(Screen screen) {
        return switch (screen) {
            case AGENT_NEW -> showAgentNew;
            case CUSTOMER_NEW -> showCustomerNew;
            case ZOOM -> showZoom;
            case SEARCH -> showSearch;
        };
    }
}
