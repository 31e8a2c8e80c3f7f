package org.helpdesk.shared;

/** The action is not allowed in the object's current state (a merged ticket, a locked ticket...). */
public class RuleViolationException extends HelpdeskException {

    private static final long serialVersionUID = 1L;

    public RuleViolationException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
