package org.helpdesk.web.shared;

import java.util.logging.Logger;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/** Tells the person who started the server where to find Helpdesk. */
@WebListener
public class StartupBanner implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        String configured = System.getenv("HELPDESK_BASE_URL");
        String base = configured == null || configured.isBlank()
                ? "http://localhost:8080" + event.getServletContext().getContextPath() : configured;
        LOG.info(() -> "Helpdesk is ready. Agents: " + base + "/login.xhtml   Customers: " + base + "/customer/login.xhtml");
    }
}
