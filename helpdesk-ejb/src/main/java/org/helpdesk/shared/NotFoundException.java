package org.helpdesk.shared;

/** The object does not exist, or the caller may not know that it exists: both look the same. */
public class NotFoundException extends HelpdeskException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, Object id) {
        super("error.notFound", what, id);
    }
}
