package org.helpdesk.web.shared;

import java.io.Serializable;
import java.util.Locale;

import jakarta.ejb.EJB;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import org.helpdesk.agent.ProfileService;
import org.helpdesk.settings.SettingsService;
import org.helpdesk.shared.Messages;

/** The language the current visitor reads Helpdesk in: Spanish unless they (or their profile) choose English. */
@Named
@SessionScoped
public class LanguageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ProfileService profile;

    @EJB
    SettingsService settings;

    private Locale locale;

    /** A new visitor reads the desk's default language (System settings) until they choose. */
    @PostConstruct
    void start() {
        use(settings.current().getDefaultLanguage());
    }

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    /** Switches the language; an agent keeps the choice in their profile for the next login. */
    public void change(String language) {
        use(language);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        if (faces.getExternalContext().isUserInRole("agent")) {
            profile.changeLanguage(locale.getLanguage());
        }
    }

    /** Takes over a stored preference, e.g. at login. */
    public void use(String language) {
        locale = Messages.supported(language == null ? null : Locale.forLanguageTag(language));
    }
}
