package org.helpdesk.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The current system settings, for every part of Helpdesk that follows them. */
@ApplicationScoped
public class Settings {

    @PersistenceContext
    EntityManager em;

    public SystemSettings current() {
        return em.find(SystemSettings.class, SystemSettings.ID);
    }
}
