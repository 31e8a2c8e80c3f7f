package org.helpdesk.api.otrs;

import jakarta.ejb.ApplicationException;

/**
 * An operation of the generic interface refused its request, as Znuny says it: an error code such as
 * {@code TicketCreate.MissingParameter} and a message. The transaction is rolled back: nothing was stored.
 */
@ApplicationException(rollback = true)
public class ConnectorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public ConnectorException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** {@code <Operation>.<Kind>}: MissingParameter, InvalidParameter, AccessDenied, AuthFail... */
    public String getCode() {
        return code;
    }
}
