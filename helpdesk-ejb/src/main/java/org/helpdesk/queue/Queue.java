package org.helpdesk.queue;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.helpdesk.agent.AgentGroup;
import org.helpdesk.agent.GroupGuarded;
import org.helpdesk.audit.AuditListener;
import org.helpdesk.shared.BaseEntity;
import org.helpdesk.shared.CryptoMethod;
import org.helpdesk.sla.ServiceCalendar;
import org.helpdesk.sla.ServiceTargets;
import org.helpdesk.template.Signature;

/**
 * Where tickets wait to be worked on. Its group decides which agents may see and change them;
 * its tier tells first-line support (1) from escalation (2 and up).
 */
@EntityListeners(AuditListener.class)
@Entity
@Table(name = "queue")
@NamedQuery(name = "Queue.byName", query = "SELECT q FROM Queue q WHERE q.name = :name")
@NamedQuery(name = "Queue.valid", query = "SELECT q FROM Queue q WHERE q.valid = TRUE ORDER BY q.tier, q.name")
@NamedQuery(name = "Queue.forCustomers",
        query = "SELECT q FROM Queue q WHERE q.valid = TRUE AND q.customerVisible = TRUE ORDER BY q.tier, q.name")
public class Queue extends BaseEntity implements GroupGuarded {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, unique = true, length = 200)
    private String name;

    @ManyToOne(optional = false)
    @JoinColumn(name = "group_id", nullable = false)
    private AgentGroup group;

    @Column(nullable = false)
    private int tier = 1;

    @Enumerated(EnumType.STRING)
    @Column(name = "follow_up_policy", nullable = false, length = 20)
    private FollowUpPolicy followUpPolicy = FollowUpPolicy.POSSIBLE;

    @Enumerated(EnumType.STRING)
    @Column(name = "unknown_sender_policy", nullable = false, length = 20)
    private UnknownSenderPolicy unknownSenderPolicy = UnknownSenderPolicy.NEW_TICKET;

    /** Whether customers may choose this queue for their tickets in the portal. */
    @Column(name = "customer_visible", nullable = false)
    private boolean customerVisible;

    @Column(length = 250)
    private String comments;

    /** How the queue signs its mail by default (answers, auto-responses): null for not at all. */
    @Enumerated(EnumType.STRING)
    @Column(name = "sign_method", length = 10)
    private CryptoMethod signMethod;

    /** The business hours the escalation targets count in; none: around the clock. */
    @ManyToOne
    @JoinColumn(name = "calendar_id")
    private ServiceCalendar calendar;

    @Embedded
    private ServiceTargets targets = new ServiceTargets(null, null, null, 80);

    /** The address the queue's answers to customers are sent from; none: the server's default sender. */
    @ManyToOne
    @JoinColumn(name = "system_address_id")
    private SystemAddress systemAddress;

    /** What the queue's answers end with. */
    @ManyToOne
    @JoinColumn(name = "signature_id")
    private Signature signature;

    @Column(nullable = false)
    private boolean valid = true;

    protected Queue() {
    }

    public Queue(String name, AgentGroup group, int tier) {
        this.name = name;
        this.group = group;
        this.tier = tier;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public AgentGroup getGroup() {
        return group;
    }

    public int getTier() {
        return tier;
    }

    public FollowUpPolicy getFollowUpPolicy() {
        return followUpPolicy;
    }

    public void setFollowUpPolicy(FollowUpPolicy followUpPolicy) {
        this.followUpPolicy = followUpPolicy;
    }

    public boolean isCustomerVisible() {
        return customerVisible;
    }

    public void setCustomerVisible(boolean customerVisible) {
        this.customerVisible = customerVisible;
    }

    public String getComments() {
        return comments;
    }

    public CryptoMethod getSignMethod() {
        return signMethod;
    }

    public void setSignMethod(CryptoMethod signMethod) {
        this.signMethod = signMethod;
    }

    public void setComments(String comments) {
        this.comments = comments;
    }

    public ServiceCalendar getCalendar() {
        return calendar;
    }

    public ServiceTargets getTargets() {
        return targets == null ? new ServiceTargets(null, null, null, 80) : targets;
    }

    /** Sets the escalation targets of tickets in this queue (an SLA's targets win over them). */
    public void setEscalation(ServiceCalendar calendar, ServiceTargets targets) {
        this.calendar = calendar;
        this.targets = targets;
    }

    public SystemAddress getSystemAddress() {
        return systemAddress;
    }

    public UnknownSenderPolicy getUnknownSenderPolicy() {
        return unknownSenderPolicy;
    }

    public Signature getSignature() {
        return signature;
    }

    /** The administrator's edit of everything but the escalation settings. */
    public void change(String name, AgentGroup group, int tier, FollowUpPolicy followUpPolicy,
            UnknownSenderPolicy unknownSenderPolicy, SystemAddress systemAddress, Signature signature, boolean customerVisible,
            String comments, boolean valid) {
        this.name = name;
        this.group = group;
        this.tier = tier;
        this.followUpPolicy = followUpPolicy;
        this.unknownSenderPolicy = unknownSenderPolicy;
        this.systemAddress = systemAddress;
        this.signature = signature;
        this.customerVisible = customerVisible;
        this.comments = comments;
        this.valid = valid;
    }

    public boolean isValid() {
        return valid;
    }

    public void setValid(boolean valid) {
        this.valid = valid;
    }
}
