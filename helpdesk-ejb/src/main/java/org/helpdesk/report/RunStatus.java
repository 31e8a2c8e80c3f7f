package org.helpdesk.report;

/** How a report run stands: as its batch job, in short. */
public enum RunStatus {
    STARTING, RUNNING, COMPLETED, STOPPED, FAILED,
    /** Its server stopped while it ran (a crash, a kill): it is started again by itself (see ReportJobs#resumeInterrupted). */
    INTERRUPTED;

    public boolean isActive() {
        return this == STARTING || this == RUNNING;
    }
}
