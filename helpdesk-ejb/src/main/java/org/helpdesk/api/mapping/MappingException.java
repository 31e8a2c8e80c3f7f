package org.helpdesk.api.mapping;

/** A mapping that could not be run on a request or response; the message says why, in English. */
public class MappingException extends Exception {

    private static final long serialVersionUID = 1L;

    public MappingException(String message) {
        super(message);
    }
}
