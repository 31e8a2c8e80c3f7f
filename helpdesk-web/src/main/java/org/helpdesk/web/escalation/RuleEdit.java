package org.helpdesk.web.escalation;

import java.io.Serializable;

import org.helpdesk.ticket.EscalationRuleForm;
import org.helpdesk.ticket.EscalationTrigger;
import org.helpdesk.web.ticket.TicketConditionEdit;

/** An escalation rule being edited on the page. */
public class RuleEdit implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private String name;
    private int position;
    private EscalationTrigger trigger;
    private TicketConditionEdit condition;
    private Long moveToId;
    private Integer setPriority;
    private Long notifyGroupId;
    private Long responsibleId;
    private boolean notifyOwner;
    private boolean valid;

    static RuleEdit of(EscalationRuleForm form) {
        RuleEdit edit = new RuleEdit();
        edit.id = form.id();
        edit.version = form.version();
        edit.name = form.name();
        edit.position = form.position();
        edit.trigger = form.trigger();
        edit.condition = TicketConditionEdit.of(form.condition());
        edit.moveToId = form.moveToId();
        edit.setPriority = form.setPriority();
        edit.responsibleId = form.responsibleId();
        edit.notifyGroupId = form.notifyGroupId();
        edit.notifyOwner = form.notifyOwner();
        edit.valid = form.valid();
        return edit;
    }

    EscalationRuleForm toRecord() {
        return new EscalationRuleForm(id, version, name, position, trigger, condition.toRecord(), moveToId, setPriority,
                responsibleId, notifyGroupId, notifyOwner, valid);
    }

    public boolean isNew() {
        return id == null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public EscalationTrigger getTrigger() {
        return trigger;
    }

    public void setTrigger(EscalationTrigger trigger) {
        this.trigger = trigger;
    }

    public TicketConditionEdit getCondition() {
        return condition;
    }

    public Long getMoveToId() {
        return moveToId;
    }

    public void setMoveToId(Long moveToId) {
        this.moveToId = moveToId;
    }

    public Integer getSetPriority() {
        return setPriority;
    }

    public void setSetPriority(Integer setPriority) {
        this.setPriority = setPriority;
    }

    public Long getNotifyGroupId() {
        return notifyGroupId;
    }

    public void setNotifyGroupId(Long notifyGroupId) {
        this.notifyGroupId = notifyGroupId;
    }

    public boolean isNotifyOwner() {
        return notifyOwner;
    }

    public void setNotifyOwner(boolean notifyOwner) {
        this.notifyOwner = notifyOwner;
    }

    public boolean isValid() {
        return valid;
    }

    public void setValid(boolean valid) {
        this.valid = valid;
    }
}
