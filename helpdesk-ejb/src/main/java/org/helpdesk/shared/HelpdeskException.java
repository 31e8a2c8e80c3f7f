package org.helpdesk.shared;

import java.util.Arrays;
import java.util.Locale;

import jakarta.ejb.ApplicationException;

/**
 * A business rule said no. Every such failure names a message key of the {@link Messages}
 * bundle, so each user reads it in their own language; the transaction is rolled back.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class HelpdeskException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final Object[] arguments;

    protected HelpdeskException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }

    /** The message for a user of this locale (Spanish when the locale is not supported). */
    public String getMessage(Locale locale) {
        return Messages.format(locale, messageKey, arguments);
    }

    @Override
    public String getLocalizedMessage() {
        return getMessage(Messages.DEFAULT_LOCALE);
    }
}
