package org.helpdesk.web.admin;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.helpdesk.admin.AuditService;
import org.helpdesk.audit.AuditEntry;
import org.helpdesk.web.shared.PagedModel;

/** Admin: the audit log, newest first, by kind of object and by who or what. */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AuditService service;

    private String type;
    private String text;
    private List<String> types;
    private PagedModel<AuditEntry> entries;

    public void load() {
        types = service.types();
        entries = new PagedModel<>((first, size) -> service.entries(type, text, first, size));
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<String> getTypes() {
        return types;
    }

    public PagedModel<AuditEntry> getEntries() {
        return entries;
    }
}
