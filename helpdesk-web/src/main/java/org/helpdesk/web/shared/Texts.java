package org.helpdesk.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

import org.helpdesk.shared.HelpdeskException;
import org.helpdesk.shared.Messages;

/** Texts of the resource bundles in the current user's language, for backing beans. */
@RequestScoped
public class Texts {

    @Inject
    FacesContext faces;

    public String get(String key, Object... arguments) {
        return Messages.format(faces.getViewRoot().getLocale(), key, arguments);
    }

    public String of(HelpdeskException e) {
        return e.getMessage(faces.getViewRoot().getLocale());
    }
}
