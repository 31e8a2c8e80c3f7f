package org.helpdesk.web.field;

import java.io.Serializable;
import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpdesk.field.DynamicField;
import org.helpdesk.field.DynamicFieldForm;
import org.helpdesk.field.DynamicFieldService;
import org.helpdesk.field.FieldType;
import org.helpdesk.field.Screen;
import org.helpdesk.web.shared.PagedModel;
import org.helpdesk.web.shared.Texts;

/** Admin: dynamic fields, their type, choices, and where they show. */
@Named
@ViewScoped
public class DynamicFieldsAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    DynamicFieldService service;

    @Inject
    Texts texts;

    private PagedModel<DynamicField> fields;
    private FieldEdit form;

    public void load() {
        fields = new PagedModel<>(service::fields);
    }

    public void create() {
        form = FieldEdit.of(DynamicFieldForm.blank());
    }

    public void edit(DynamicField field) {
        form = FieldEdit.of(DynamicFieldForm.of(field));
    }

    public void save() {
        service.save(form.toForm());
        form = null;
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get("admin.saved"), null));
    }

    public void cancel() {
        form = null;
    }

    /** The screens the field shows on, in words. */
    public String shownOn(DynamicField field) {
        return Arrays.stream(Screen.values()).filter(field::shownOn).map(screen -> texts.get("screen." + screen))
                .collect(Collectors.joining(" · "));
    }

    public FieldType[] getTypes() {
        return FieldType.values();
    }

    public PagedModel<DynamicField> getFields() {
        return fields;
    }

    public FieldEdit getForm() {
        return form;
    }
}
