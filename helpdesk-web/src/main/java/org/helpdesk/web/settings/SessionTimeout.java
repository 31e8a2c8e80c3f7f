package org.helpdesk.web.settings;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import org.helpdesk.settings.SettingsService;

/** Gives every new session the timeout of the system settings. */
@WebListener
public class SessionTimeout implements HttpSessionListener {

    @EJB
    SettingsService settings;

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(settings.current().getSessionTimeoutMinutes() * 60);
    }
}
