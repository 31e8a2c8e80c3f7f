package org.helpdesk.web.faq;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpdesk.faq.FaqCategory;
import org.helpdesk.faq.FaqCategoryService;
import org.helpdesk.web.shared.Texts;

/** Admin: the FAQ's category tree. */
@Named
@ViewScoped
public class FaqCategoriesAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    FaqCategoryService service;

    @Inject
    Texts texts;

    private List<FaqCategory> categories;
    private boolean editing;
    private Long id;
    private long version;
    private String name;
    private Long parentId;
    private boolean valid = true;

    public void load() {
        categories = service.all();
    }

    public void create() {
        edit(null);
    }

    public void edit(FaqCategory category) {
        editing = true;
        id = category == null ? null : category.getId();
        version = category == null ? 0 : category.getVersion();
        name = category == null ? null : category.getName();
        parentId = category == null || category.getParent() == null ? null : category.getParent().getId();
        valid = category == null || category.isValid();
    }

    public void save() {
        service.save(id, version, name, parentId, valid);
        editing = false;
        load();
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get("admin.saved"), null));
    }

    public void cancel() {
        editing = false;
    }

    public List<FaqCategory> getCategories() {
        return categories;
    }

    public boolean isEditing() {
        return editing;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public boolean isValid() {
        return valid;
    }

    public void setValid(boolean valid) {
        this.valid = valid;
    }
}
