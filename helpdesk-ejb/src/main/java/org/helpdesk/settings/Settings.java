package org.helpdesk.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.shared.DeskSettings;

/** The current system settings, for every part of Helpdesk that follows them. */
@ApplicationScoped
public class Settings {

    @PersistenceContext
    EntityManager em;

    @Inject
    DeskSettings desk;

    public SystemSettings current() {
        return em.find(SystemSettings.class, SystemSettings.ID);
    }

    /**
     * The address users reach Helpdesk at: the one in the system settings, else the server's
     * {@code HELPDESK_BASE_URL}, else {@link BaseUrl#FALLBACK}.
     */
    public BaseUrl baseUrl() {
        return BaseUrl.resolve(current().getBaseUrl(), desk.environmentBaseUrl());
    }

    /** The link to a page of Helpdesk ({@code path} starts with a slash): the one way links in e-mail are made. */
    public String link(String path) {
        return baseUrl().link(path);
    }
}
