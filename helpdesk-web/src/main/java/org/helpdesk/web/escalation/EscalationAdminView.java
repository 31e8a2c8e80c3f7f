package org.helpdesk.web.escalation;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpdesk.agent.AgentGroup;
import org.helpdesk.agent.AgentService;
import org.helpdesk.queue.Queue;
import org.helpdesk.queue.QueueService;
import org.helpdesk.sla.CalendarService;
import org.helpdesk.sla.ItService;
import org.helpdesk.sla.ServiceCalendar;
import org.helpdesk.sla.ServiceCatalog;
import org.helpdesk.sla.Sla;
import org.helpdesk.ticket.EscalationRule;
import org.helpdesk.ticket.EscalationRuleForm;
import org.helpdesk.ticket.EscalationRuleService;
import org.helpdesk.ticket.EscalationTrigger;
import org.helpdesk.ticket.Level;
import org.helpdesk.ticket.PriorityMatrixService;
import org.helpdesk.ticket.TicketCatalog;
import org.helpdesk.ticket.TicketConditionForm;
import org.helpdesk.ticket.TicketState;
import org.helpdesk.ticket.TicketType;
import org.helpdesk.web.shared.PagedModel;
import org.helpdesk.web.shared.Texts;

/** Admin: business calendars, the queues' escalation targets, and the escalation rules. */
@Named
@ViewScoped
public class EscalationAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CalendarService calendarService;

    @EJB
    QueueService queueService;

    @EJB
    EscalationRuleService ruleService;

    @EJB
    AgentService agentService;

    @EJB
    PriorityMatrixService matrixService;

    @EJB
    ServiceCatalog catalog;

    @Inject
    TicketCatalog ticketCatalog;

    @Inject
    Texts texts;

    private PagedModel<ServiceCalendar> calendars;
    private PagedModel<Queue> queues;
    private PagedModel<EscalationRule> rules;
    private List<ServiceCalendar> calendarChoices;
    private List<Queue> queueChoices;
    private List<AgentGroup> groupChoices;
    private List<TicketType> typeChoices;
    private CalendarEdit calendar;
    private TargetsEdit targets;
    private RuleEdit rule;
    private Map<String, Integer> matrix;
    private PagedModel<Sla> slas;
    private List<ItService> serviceChoices;
    private SlaEdit sla;
    private List<TicketState> pendingStates;
    private List<Long> clockStopping;

    public void load() {
        calendars = new PagedModel<>(calendarService::calendars);
        queues = new PagedModel<>((first, size) -> queueService.queues(null, first, size));
        rules = new PagedModel<>(ruleService::rules);
        calendarChoices = calendarService.calendars(0, 200).rows();
        queueChoices = queueService.allQueues();
        groupChoices = agentService.groups();
        typeChoices = ticketCatalog.types();
        pendingStates = ruleService.pendingStates();
        clockStopping = new ArrayList<>(pendingStates.stream().filter(TicketState::isStopsClock).map(TicketState::getId).toList());
        slas = new PagedModel<>(catalog::slas);
        serviceChoices = catalog.services();
        matrix = new LinkedHashMap<>();
        matrixService.matrix().forEach(cell -> matrix.put(cell.getImpact() + "-" + cell.getUrgency(), cell.getPriority()));
    }

    /** Saves the impact × urgency matrix (cells keyed IMPACT-URGENCY). */
    public void saveMatrix() {
        matrix.forEach((key, priority) -> {
            String[] levels = key.split("-");
            matrixService.setPriority(Level.valueOf(levels[0]), Level.valueOf(levels[1]), priority);
        });
        saved();
    }

    /** The priorities as Integers, the type of the matrix's values (a Map gives JSF no type to convert to). */
    public List<Integer> getPriorities() {
        return List.of(1, 2, 3, 4, 5);
    }

    public Level[] getLevels() {
        return new Level[] { Level.HIGH, Level.MEDIUM, Level.LOW };
    }

    public Map<String, Integer> getMatrix() {
        return matrix;
    }

    public void createCalendar() {
        calendar = new CalendarEdit(null, 0, null, "America/Lima", "mon-fri 09:00-18:00", null, true);
    }

    public void editCalendar(ServiceCalendar row) {
        calendar = new CalendarEdit(row.getId(), row.getVersion(), row.getName(), row.getTimeZone(), row.getWorkingHours(),
                row.getHolidays(), row.isValid());
    }

    public void saveCalendar() {
        calendarService.save(calendar.toRecord());
        calendar = null;
        calendarChoices = calendarService.calendars(0, 200).rows();
        saved();
    }

    public void editTargets(Queue queue) {
        targets = TargetsEdit.of(queue);
    }

    public void saveTargets() {
        queueService.setEscalation(targets.getQueueId(), targets.getVersion(), targets.getCalendarId(), targets.targets());
        targets = null;
        saved();
    }

    public void createRule() {
        rule = RuleEdit.of(new EscalationRuleForm(null, 0, null, 10, EscalationTrigger.BREACH, TicketConditionForm.ANY, null,
                null, null, null, true, true));
    }

    public void editRule(EscalationRule row) {
        rule = RuleEdit.of(EscalationRuleForm.of(row));
    }

    public void saveRule() {
        ruleService.save(rule.toRecord());
        rule = null;
        saved();
    }

    public void saveClockStopping() {
        ruleService.setClockStoppingStates(new HashSet<>(clockStopping));
        saved();
    }

    public List<TicketState> getPendingStates() {
        return pendingStates;
    }

    public List<Long> getClockStopping() {
        return clockStopping;
    }

    public void setClockStopping(List<Long> clockStopping) {
        this.clockStopping = clockStopping;
    }

    public void createSla() {
        sla = new SlaEdit();
    }

    public void editSla(Sla row) {
        sla = SlaEdit.of(row);
    }

    public void saveSla() {
        catalog.saveSla(sla.toRecord());
        sla = null;
        saved();
    }

    public PagedModel<Sla> getSlas() {
        return slas;
    }

    public List<ItService> getServiceChoices() {
        return serviceChoices;
    }

    public SlaEdit getSla() {
        return sla;
    }

    public void cancel() {
        sla = null;
        calendar = null;
        targets = null;
        rule = null;
    }

    private void saved() {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get("admin.saved"), null));
    }

    public EscalationTrigger[] getTriggers() {
        return EscalationTrigger.values();
    }

    public PagedModel<ServiceCalendar> getCalendars() {
        return calendars;
    }

    public PagedModel<Queue> getQueues() {
        return queues;
    }

    public PagedModel<EscalationRule> getRules() {
        return rules;
    }

    public List<ServiceCalendar> getCalendarChoices() {
        return calendarChoices;
    }

    public List<Queue> getQueueChoices() {
        return queueChoices;
    }

    public List<AgentGroup> getGroupChoices() {
        return groupChoices;
    }

    public List<TicketType> getTypeChoices() {
        return typeChoices;
    }

    public CalendarEdit getCalendar() {
        return calendar;
    }

    public TargetsEdit getTargets() {
        return targets;
    }

    public RuleEdit getRule() {
        return rule;
    }
}
