package org.helpdesk.web.admin;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpdesk.sla.ItService;
import org.helpdesk.sla.ItServiceForm;
import org.helpdesk.sla.ServiceCatalog;
import org.helpdesk.ticket.CatalogAdminService;
import org.helpdesk.ticket.StateType;
import org.helpdesk.ticket.TicketCatalog;
import org.helpdesk.ticket.TicketPriority;
import org.helpdesk.ticket.TicketPriorityForm;
import org.helpdesk.ticket.TicketState;
import org.helpdesk.ticket.TicketStateForm;
import org.helpdesk.ticket.TicketType;
import org.helpdesk.ticket.TicketTypeForm;
import org.helpdesk.web.shared.PagedModel;
import org.helpdesk.web.shared.Texts;

/** Admin: ticket states, ticket types and IT services. */
@Named
@ViewScoped
public class CatalogAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Which list the form edits. */
    public enum Kind {
        STATE, TYPE, SERVICE, PRIORITY
    }

    @EJB
    CatalogAdminService service;

    @EJB
    ServiceCatalog serviceCatalog;

    @EJB
    TicketCatalog ticketCatalog;

    @Inject
    Texts texts;

    private PagedModel<TicketState> states;
    private PagedModel<TicketType> types;
    private PagedModel<ItService> services;
    private List<ItService> parents;
    private List<TicketPriority> priorities;
    private String nameEn;
    private Kind kind;
    private NamedEdit form;
    private StateType stateType;
    private Long parentId;

    public void load() {
        states = new PagedModel<>(service::states);
        types = new PagedModel<>(service::types);
        services = new PagedModel<>(service::services);
        parents = serviceCatalog.services();
        priorities = ticketCatalog.priorities();
    }

    public void editPriority(TicketPriority priority) {
        kind = Kind.PRIORITY;
        form = new NamedEdit((long) priority.getLevel(), priority.getVersion(), priority.getNameEs(), null, priority.isValid());
        nameEn = priority.getNameEn();
    }

    public List<TicketPriority> getPriorities() {
        return priorities;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public void create(Kind kind) {
        this.kind = kind;
        form = new NamedEdit(null, 0, null, null, true);
        stateType = StateType.OPEN;
        parentId = null;
    }

    public void editState(TicketState state) {
        kind = Kind.STATE;
        form = new NamedEdit(state.getId(), state.getVersion(), state.getName(), null, state.isValid());
        stateType = state.getType();
    }

    public void editType(TicketType type) {
        kind = Kind.TYPE;
        form = new NamedEdit(type.getId(), type.getVersion(), type.getName(), null, type.isValid());
    }

    public void editService(ItService itService) {
        kind = Kind.SERVICE;
        form = new NamedEdit(itService.getId(), itService.getVersion(), itService.getName(), null, itService.isValid());
    }

    public void save() {
        switch (kind) {
            case STATE -> service.saveState(new TicketStateForm(form.getId(), form.getVersion(), form.getName(), stateType,
                    form.isValid()));
            case TYPE -> service.saveType(new TicketTypeForm(form.getId(), form.getVersion(), form.getName(), form.isValid()));
            case SERVICE -> service.saveService(new ItServiceForm(form.getId(), form.getVersion(), form.getName(), parentId,
                    form.isValid()));
            case PRIORITY -> service.savePriority(new TicketPriorityForm(form.getId().intValue(), form.getVersion(),
                    form.getName(), nameEn, form.isValid()));
        }
        cancel();
        parents = serviceCatalog.services();
        priorities = ticketCatalog.priorities();
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get("admin.saved"), null));
    }

    public void cancel() {
        kind = null;
        form = null;
    }

    public StateType[] getStateTypes() {
        return StateType.values();
    }

    public PagedModel<TicketState> getStates() {
        return states;
    }

    public PagedModel<TicketType> getTypes() {
        return types;
    }

    public PagedModel<ItService> getServices() {
        return services;
    }

    public List<ItService> getParents() {
        return parents;
    }

    public Kind getKind() {
        return kind;
    }

    public NamedEdit getForm() {
        return form;
    }

    public StateType getStateType() {
        return stateType;
    }

    public void setStateType(StateType stateType) {
        this.stateType = stateType;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }
}
