package org.helpdesk.notification;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.helpdesk.agent.AgentGroup;
import org.helpdesk.audit.AuditListener;
import org.helpdesk.shared.BaseEntity;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketCondition;

/**
 * An event notification as administrators define it (OTRS's ticket notifications): for which
 * events, to whom, for which tickets (a {@link TicketCondition}), and the text in Spanish and
 * English with variables (see {@link org.helpdesk.shared.Templates}). Agents may switch off the
 * optional ones in their preferences.
 */
@EntityListeners(AuditListener.class)
@Entity
@Table(name = "notification")
@NamedQuery(name = "Notification.all", query = "SELECT n FROM Notification n ORDER BY n.name")
@NamedQuery(name = "Notification.count", query = "SELECT COUNT(n) FROM Notification n")
@NamedQuery(name = "Notification.valid", query = "SELECT n FROM Notification n WHERE n.valid = TRUE ORDER BY n.id")
@NamedQuery(name = "Notification.optional",
        query = "SELECT n FROM Notification n WHERE n.valid = TRUE AND n.optional = TRUE ORDER BY n.name")
@NamedQuery(name = "Notification.byName", query = "SELECT n FROM Notification n WHERE n.name = :name")
public class Notification extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 500)
    private String events;

    @Column(nullable = false, length = 200)
    private String recipients;

    @ManyToOne
    @JoinColumn(name = "group_id")
    private AgentGroup group;

    @Embedded
    private TicketCondition condition;

    @Column(nullable = false)
    private boolean optional;

    /** Whether agents get an e-mail besides the entry in their bell. */
    @Column(name = "send_mail", nullable = false)
    private boolean sendMail;

    @Column(name = "subject_es", nullable = false, length = 500)
    private String subjectEs;

    @Column(name = "body_es", nullable = false)
    private String bodyEs;

    @Column(name = "subject_en", nullable = false, length = 500)
    private String subjectEn;

    @Column(name = "body_en", nullable = false)
    private String bodyEn;

    @Column(nullable = false)
    private boolean valid = true;

    protected Notification() {
    }

    public Notification(String name) {
        this.name = name;
    }

    public void define(String name, Set<NotificationEvent> events, Set<Recipient> recipients, AgentGroup group,
            boolean optional, boolean sendMail) {
        this.sendMail = sendMail;
        this.name = name;
        this.events = join(events);
        this.recipients = join(recipients);
        this.group = group;
        this.optional = optional;
    }

    /** Which tickets. */
    public void filter(TicketCondition condition) {
        this.condition = condition;
    }

    public void texts(String subjectEs, String bodyEs, String subjectEn, String bodyEn) {
        this.subjectEs = subjectEs;
        this.bodyEs = bodyEs;
        this.subjectEn = subjectEn;
        this.bodyEn = bodyEn;
    }

    public boolean isFor(NotificationEvent event, Ticket ticket) {
        return getEvents().contains(event) && getCondition().matches(ticket);
    }

    public String subject(String language) {
        return "en".equals(language) ? subjectEn : subjectEs;
    }

    public String body(String language) {
        return "en".equals(language) ? bodyEn : bodyEs;
    }

    private static String join(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> Set<E> split(String text, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(s -> set.add(Enum.valueOf(type, s)));
        return set;
    }

    public String getName() {
        return name;
    }

    public Set<NotificationEvent> getEvents() {
        return split(events, NotificationEvent.class);
    }

    public Set<Recipient> getRecipients() {
        return split(recipients, Recipient.class);
    }

    public AgentGroup getGroup() {
        return group;
    }

    /** Which tickets the notification is for (the provider leaves an all-empty condition null). */
    public TicketCondition getCondition() {
        return condition == null ? TicketCondition.any() : condition;
    }

    public boolean isOptional() {
        return optional;
    }

    public boolean isSendMail() {
        return sendMail;
    }

    public String getSubjectEs() {
        return subjectEs;
    }

    public String getBodyEs() {
        return bodyEs;
    }

    public String getSubjectEn() {
        return subjectEn;
    }

    public String getBodyEn() {
        return bodyEn;
    }

    public boolean isValid() {
        return valid;
    }

    public void setValid(boolean valid) {
        this.valid = valid;
    }
}
