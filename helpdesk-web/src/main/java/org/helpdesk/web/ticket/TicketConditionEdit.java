package org.helpdesk.web.ticket;

import java.io.Serializable;

import org.helpdesk.ticket.TicketConditionForm;

/**
 * Which tickets an escalation rule or a notification applies to, being edited on the page
 * ({@code /WEB-INF/includes/ticket-condition.xhtml}); empty means any.
 */
public class TicketConditionEdit implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long queueId;
    private Integer minPriority;
    private Integer maxPriority;
    private Long typeId;

    public static TicketConditionEdit of(TicketConditionForm form) {
        TicketConditionEdit edit = new TicketConditionEdit();
        edit.queueId = form.queueId();
        edit.minPriority = form.minPriority();
        edit.maxPriority = form.maxPriority();
        edit.typeId = form.typeId();
        return edit;
    }

    public TicketConditionForm toRecord() {
        return new TicketConditionForm(queueId, minPriority, maxPriority, typeId);
    }

    public Long getQueueId() {
        return queueId;
    }

    public void setQueueId(Long queueId) {
        this.queueId = queueId;
    }

    public Integer getMinPriority() {
        return minPriority;
    }

    public void setMinPriority(Integer minPriority) {
        this.minPriority = minPriority;
    }

    public Integer getMaxPriority() {
        return maxPriority;
    }

    public void setMaxPriority(Integer maxPriority) {
        this.maxPriority = maxPriority;
    }

    public Long getTypeId() {
        return typeId;
    }

    public void setTypeId(Long typeId) {
        this.typeId = typeId;
    }
}
