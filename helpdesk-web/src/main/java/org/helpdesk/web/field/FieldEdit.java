package org.helpdesk.web.field;

import java.io.Serializable;

import org.helpdesk.field.DynamicFieldForm;
import org.helpdesk.field.FieldType;

/** The editable settings of a dynamic field on the page; becomes a {@link DynamicFieldForm} for the service. */
public class FieldEdit implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private String name;
    private String labelEs;
    private String labelEn;
    private FieldType type;
    private String options;
    private int position;
    private boolean required;
    private boolean showAgentNew;
    private boolean showCustomerNew;
    private boolean showZoom;
    private boolean showSearch;
    private boolean valid;

    static FieldEdit of(DynamicFieldForm form) {
        FieldEdit edit = new FieldEdit();
        edit.id = form.id();
        edit.version = form.version();
        edit.name = form.name();
        edit.labelEs = form.labelEs();
        edit.labelEn = form.labelEn();
        edit.type = form.type();
        edit.options = form.options();
        edit.position = form.position();
        edit.required = form.required();
        edit.showAgentNew = form.showAgentNew();
        edit.showCustomerNew = form.showCustomerNew();
        edit.showZoom = form.showZoom();
        edit.showSearch = form.showSearch();
        edit.valid = form.valid();
        return edit;
    }

    DynamicFieldForm toForm() {
        return new DynamicFieldForm(id, version, name, labelEs, labelEn, type, options, position, required, showAgentNew,
                showCustomerNew, showZoom, showSearch, valid);
    }

    public boolean isNew() {
        return id == null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLabelEs() {
        return labelEs;
    }

    public void setLabelEs(String labelEs) {
        this.labelEs = labelEs;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public void setLabelEn(String labelEn) {
        this.labelEn = labelEn;
    }

    public FieldType getType() {
        return type;
    }

    public void setType(FieldType type) {
        this.type = type;
    }

    public String getOptions() {
        return options;
    }

    public void setOptions(String options) {
        this.options = options;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public boolean isShowAgentNew() {
        return showAgentNew;
    }

    public void setShowAgentNew(boolean showAgentNew) {
        this.showAgentNew = showAgentNew;
    }

    public boolean isShowCustomerNew() {
        return showCustomerNew;
    }

    public void setShowCustomerNew(boolean showCustomerNew) {
        this.showCustomerNew = showCustomerNew;
    }

    public boolean isShowZoom() {
        return showZoom;
    }

    public void setShowZoom(boolean showZoom) {
        this.showZoom = showZoom;
    }

    public boolean isShowSearch() {
        return showSearch;
    }

    public void setShowSearch(boolean showSearch) {
        this.showSearch = showSearch;
    }

    public boolean isValid() {
        return valid;
    }

    public void setValid(boolean valid) {
        this.valid = valid;
    }
}
