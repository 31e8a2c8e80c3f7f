package org.helpdesk.report;

/** How a report run stands: as its batch job, in short. */
public enum RunStatus {
    STARTING, RUNNING, COMPLETED, STOPPED, FAILED;

    public boolean isActive() {
        return this == STARTING || this == RUNNING;
    }
}
