package org.helpdesk.web.shared;

import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

import org.helpdesk.shared.DeskSettings;

/** Tells the person who started the server where to find Helpdesk. */
@WebListener
public class StartupBanner implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());

    @Inject
    DeskSettings settings;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        String base = settings.baseUrl();
        LOG.info(() -> "Helpdesk is ready. Agents: " + base + "/login.xhtml   Customers: " + base + "/customer/login.xhtml");
    }
}
