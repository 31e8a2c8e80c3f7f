package org.helpdesk.web.shared;

import java.io.Serializable;
import java.util.Locale;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import org.helpdesk.shared.Messages;

/** The language the current visitor reads Helpdesk in: Spanish unless they choose English. */
@Named
@SessionScoped
public class LanguageView implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale = Messages.DEFAULT_LOCALE;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public void change(String language) {
        locale = Messages.supported(Locale.forLanguageTag(language));
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }
}
