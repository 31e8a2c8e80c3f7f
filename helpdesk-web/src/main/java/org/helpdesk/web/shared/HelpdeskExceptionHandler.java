package org.helpdesk.web.shared;

import java.util.Iterator;
import java.util.Locale;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletResponse;

import org.helpdesk.shared.HelpdeskException;
import org.helpdesk.shared.ValidationException;

/**
 * Turns the services' business exceptions (validation, permission, concurrent change, rules)
 * into messages on the page the user is on, in their language, so that no action needs its own
 * try/catch. A page whose state is gone (ViewExpiredException: the session ended, or the page was
 * open too long) is answered with the "page expired" page and a link back to it. Anything else goes
 * on to the error page and the log.
 */
public class HelpdeskExceptionHandler extends ExceptionHandlerWrapper {

    static final String EXPIRED_PAGE = "/WEB-INF/errorpages/expired.xhtml";

    public HelpdeskExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable thrown = events.next().getContext().getException();
            ViewExpiredException expired = cause(thrown, ViewExpiredException.class);
            HelpdeskException business = cause(thrown, HelpdeskException.class);
            if (expired != null) {
                events.remove();
                showExpired(faces, expired);
            } else if (business != null) {
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

    /**
     * Renders {@link #EXPIRED_PAGE} instead of the page that could not be restored: with HTTP 400 (the request
     * cannot be carried out, nothing failed on the server), or, for an Ajax request, as the whole new page of
     * the Ajax response (which Faces only applies with status 200). {@code expiredPage} is the address to open
     * the page again.
     */
    static void showExpired(FacesContext faces, ViewExpiredException expired) {
        ExternalContext external = faces.getExternalContext();
        if (expired.getViewId() != null) {
            external.getRequestMap().put("expiredPage", external.getRequestContextPath() + expired.getViewId());
        }
        UIViewRoot page = faces.getApplication().getViewHandler().createView(faces, EXPIRED_PAGE);
        faces.setViewRoot(page);
        if (faces.getPartialViewContext().isAjaxRequest()) {
            faces.getPartialViewContext().setRenderAll(true);
        } else {
            external.setResponseStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        faces.renderResponse();
    }

    private static <T extends Throwable> T cause(Throwable thrown, Class<T> type) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
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
