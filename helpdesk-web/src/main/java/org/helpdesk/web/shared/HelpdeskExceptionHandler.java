package org.helpdesk.web.shared;

import java.util.Iterator;
import java.util.Locale;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

import org.helpdesk.shared.HelpdeskException;
import org.helpdesk.shared.ValidationException;

/**
 * Turns the services' business exceptions (validation, permission, concurrent change, rules)
 * into messages on the page the user is on, in their language, so that no action needs its own
 * try/catch. Anything else goes on to the error page and the log.
 */
public class HelpdeskExceptionHandler extends ExceptionHandlerWrapper {

    public HelpdeskExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            HelpdeskException business = businessCause(events.next().getContext().getException());
            if (business != null) {
                events.remove();
                show(faces, business);
            }
        }
        getWrapped().handle();
    }

    static void show(FacesContext faces, HelpdeskException business) {
        Locale locale = CDI.current().select(LanguageView.class).get().getLocale();
        if (business instanceof ValidationException validation) {
            validation.getErrors().forEach(error -> faces.addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, error.getMessage(locale), null)));
        } else {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, business.getMessage(locale), null));
        }
        faces.validationFailed();
        faces.renderResponse();
    }

    private static HelpdeskException businessCause(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof HelpdeskException business) {
                return business;
            }
        }
        return null;
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new HelpdeskExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
