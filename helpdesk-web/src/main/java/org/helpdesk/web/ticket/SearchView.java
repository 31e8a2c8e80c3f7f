package org.helpdesk.web.ticket;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpdesk.agent.AgentSummary;
import org.helpdesk.agent.Permission;
import org.helpdesk.agent.ProfileService;
import org.helpdesk.customer.CustomerService;
import org.helpdesk.customer.CustomerUser;
import org.helpdesk.field.DynamicFieldService;
import org.helpdesk.field.Screen;
import org.helpdesk.queue.Queue;
import org.helpdesk.queue.QueueService;
import org.helpdesk.search.Snippet;
import org.helpdesk.ticket.StateType;
import org.helpdesk.ticket.TicketCatalog;
import org.helpdesk.ticket.TicketQuery;
import org.helpdesk.ticket.TicketSearchService;
import org.helpdesk.ticket.TicketSort;
import org.helpdesk.ticket.TicketState;
import org.helpdesk.ticket.TicketSummary;
import org.helpdesk.ticket.TicketType;
import org.helpdesk.web.field.FieldInputs;
import org.helpdesk.web.shared.Dates;
import org.helpdesk.web.shared.Labels;
import org.helpdesk.web.shared.Texts;
import org.primefaces.model.StreamedContent;

/** Ticket search: criteria, results in the lazy ticket table, and the results as CSV. */
@Named
@ViewScoped
public class SearchView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    TicketSearchService search;

    @EJB
    DynamicFieldService fieldService;

    @EJB
    QueueService queues;

    @EJB
    TicketCatalog catalog;

    @EJB
    CustomerService customers;

    @EJB
    ProfileService profile;

    @Inject
    TicketExports exports;

    @Inject
    Labels labels;

    @Inject
    Dates dates;

    @Inject
    Texts texts;

    private List<Queue> queueChoices;
    private List<TicketState> stateChoices;
    private List<TicketType> typeChoices;

    private String number;
    private String text;
    private Long queueId;
    private Long stateId;
    private Integer priority;
    private Long typeId;
    private boolean openOnly;
    private boolean mine;
    private AgentSummary owner;
    private CustomerUser customer;
    private LocalDate createdFrom;
    private LocalDate createdTo;
    private LocalDate closedFrom;
    private LocalDate closedTo;
    private TicketListModel results;
    private long total;
    private Map<Long, Snippet> snippets = Map.of();
    private FieldInputs fields;

    public void load() {
        queueChoices = queues.queuesWith(Permission.RO);
        stateChoices = catalog.states();
        typeChoices = catalog.types();
        fields = new FieldInputs(fieldService.shown(Screen.SEARCH));
    }

    public FieldInputs getFields() {
        return fields;
    }

    /**
     * Runs the search: its count first, so a text of only common words or a search that runs too long
     * shows its message above the criteria; then the table reads the pages. A text search lists the
     * best matches first and shows each ticket with a piece of its article, the words found marked.
     */
    public void search() {
        TicketQuery query = query();
        results = null;
        snippets = Map.of();
        total = search.count(query);
        String words = query.text();
        boolean byText = words != null && !words.isBlank();
        // the results table has no column filters: its count is the search's
        results = new TicketListModel((filters, sort, ascending, first, size) -> {
            List<TicketSummary> rows = search.search(query, sort, ascending, first, size);
            snippets = byText ? search.snippets(rows.stream().map(TicketSummary::id).toList(), words) : Map.of();
            return rows;
        }, filters -> total, byText ? TicketSort.RELEVANCE : TicketSort.CREATED);
    }

    /** The marked piece of the ticket's article that the searched words were found in, or null. */
    public Snippet snippet(long ticketId) {
        return snippets.get(ticketId);
    }

    /** How many tickets the search found, or {@link TicketSearchService#COUNT_CAP} + 1 for "more than that". */
    public long getTotal() {
        return total;
    }

    public boolean isMoreThanCap() {
        return total > TicketSearchService.COUNT_CAP;
    }

    public int getCountCap() {
        return TicketSearchService.COUNT_CAP;
    }

    public StreamedContent getCsv() {
        TicketQuery query = query();
        return exports.csv("tickets", (first, size) -> search.search(query, TicketSort.CREATED, false, first, size));
    }

    public StreamedContent getPdf() {
        TicketQuery query = query();
        return exports.pdf("tickets", texts.get("search.title"), text == null ? "" : text,
                (first, size) -> search.search(query, TicketSort.CREATED, false, first, size));
    }

    private TicketQuery query() {
        Set<StateType> types = openOnly ? TicketQuery.OPEN_TYPES : null;
        return TicketQuery.all().withNumber(number).withText(text).withQueue(queueId).withStateTypes(types)
                .withState(stateId).withPriority(priority).withType(typeId)
                .withCustomer(customer == null ? null : customer.getId()).withOwner(mine ? Long.valueOf(profile.myId()) : owner == null ? null : owner.id())
                .withCreated(createdFrom, createdTo).withClosed(closedFrom, closedTo).withFields(fields.searched());
    }

    public List<Queue> getQueueChoices() {
        return queueChoices;
    }

    public List<TicketState> getStateChoices() {
        return stateChoices;
    }

    public List<TicketType> getTypeChoices() {
        return typeChoices;
    }

    public TicketListModel getResults() {
        return results;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getQueueId() {
        return queueId;
    }

    public void setQueueId(Long queueId) {
        this.queueId = queueId;
    }

    public Long getStateId() {
        return stateId;
    }

    public void setStateId(Long stateId) {
        this.stateId = stateId;
    }

    public Integer getPriority() {
        return priority;
    }

    public void setPriority(Integer priority) {
        this.priority = priority;
    }

    public Long getTypeId() {
        return typeId;
    }

    public void setTypeId(Long typeId) {
        this.typeId = typeId;
    }

    public List<CustomerUser> completeCustomer(String term) {
        return customers.find(term, 10);
    }

    public List<AgentSummary> completeOwner(String term) {
        return search.owners(term, 10);
    }

    public AgentSummary getOwner() {
        return owner;
    }

    public void setOwner(AgentSummary owner) {
        this.owner = owner;
    }

    public CustomerUser getCustomer() {
        return customer;
    }

    public void setCustomer(CustomerUser customer) {
        this.customer = customer;
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }

    public boolean isOpenOnly() {
        return openOnly;
    }

    public void setOpenOnly(boolean openOnly) {
        this.openOnly = openOnly;
    }

    public LocalDate getCreatedFrom() {
        return createdFrom;
    }

    public void setCreatedFrom(LocalDate createdFrom) {
        this.createdFrom = createdFrom;
    }

    public LocalDate getCreatedTo() {
        return createdTo;
    }

    public void setCreatedTo(LocalDate createdTo) {
        this.createdTo = createdTo;
    }

    public LocalDate getClosedFrom() {
        return closedFrom;
    }

    public void setClosedFrom(LocalDate closedFrom) {
        this.closedFrom = closedFrom;
    }

    public LocalDate getClosedTo() {
        return closedTo;
    }

    public void setClosedTo(LocalDate closedTo) {
        this.closedTo = closedTo;
    }
}
