package org.helpdesk.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.helpdesk.shared.HelpdeskException;
import org.helpdesk.shared.Messages;

/**
 * Texts of the resource bundles in the current user's language (their choice, not the browser's),
 * for backing beans.
 */
@RequestScoped
public class Texts {

    @Inject
    LanguageView language;

    public String get(String key, Object... arguments) {
        return Messages.format(language.getLocale(), key, arguments);
    }

    public String of(HelpdeskException e) {
        return e.getMessage(language.getLocale());
    }
}
