package org.helpdesk.web.escalation;

import org.helpdesk.queue.Queue;

/** A queue's calendar and escalation targets being edited on the page. */
public class TargetsEdit extends TargetsFields {

    private static final long serialVersionUID = 1L;

    private Long queueId;
    private long version;
    private String queueName;

    static TargetsEdit of(Queue queue) {
        TargetsEdit edit = new TargetsEdit();
        edit.queueId = queue.getId();
        edit.version = queue.getVersion();
        edit.queueName = queue.getName();
        edit.fill(queue.getCalendar(), queue.getTargets());
        return edit;
    }

    public Long getQueueId() {
        return queueId;
    }

    public long getVersion() {
        return version;
    }

    public String getQueueName() {
        return queueName;
    }
}
