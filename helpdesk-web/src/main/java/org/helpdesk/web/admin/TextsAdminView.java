package org.helpdesk.web.admin;

import java.io.Serializable;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpdesk.template.NamedText;
import org.helpdesk.template.NamedTextForm;
import org.helpdesk.template.ResponseTemplate;
import org.helpdesk.template.Signature;
import org.helpdesk.template.TemplateService;
import org.helpdesk.web.shared.PagedModel;
import org.helpdesk.web.shared.Texts;

/** Admin: canned responses and signatures. */
@Named
@ViewScoped
public class TextsAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    TemplateService service;

    @Inject
    Texts texts;

    private PagedModel<ResponseTemplate> templates;
    private PagedModel<Signature> signatures;
    private Class<? extends NamedText> kind;
    private NamedEdit form;

    public void load() {
        templates = new PagedModel<>((first, size) -> service.list(ResponseTemplate.class, first, size));
        signatures = new PagedModel<>((first, size) -> service.list(Signature.class, first, size));
    }

    public void createTemplate() {
        kind = ResponseTemplate.class;
        form = new NamedEdit(null, 0, null, null, true);
    }

    public void createSignature() {
        kind = Signature.class;
        form = new NamedEdit(null, 0, null, null, true);
    }

    public void edit(NamedText text) {
        kind = text.getClass();
        form = new NamedEdit(text.getId(), text.getVersion(), text.getName(), text.getBody(), text.isValid());
    }

    public void save() {
        service.save(kind, new NamedTextForm(form.getId(), form.getVersion(), form.getName(), form.getComments(),
                form.isValid()));
        cancel();
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get("admin.saved"), null));
    }

    public void cancel() {
        form = null;
        kind = null;
    }

    public boolean isSignature() {
        return kind == Signature.class;
    }

    public PagedModel<ResponseTemplate> getTemplates() {
        return templates;
    }

    public PagedModel<Signature> getSignatures() {
        return signatures;
    }

    public NamedEdit getForm() {
        return form;
    }
}
