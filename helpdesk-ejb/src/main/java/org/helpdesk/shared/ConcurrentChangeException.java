package org.helpdesk.shared;

/** Someone else changed the object since the caller loaded it; the caller must reload. */
public class ConcurrentChangeException extends HelpdeskException {

    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException() {
        super("error.concurrentChange");
    }
}
