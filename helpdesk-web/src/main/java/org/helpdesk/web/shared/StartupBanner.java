package org.helpdesk.web.shared;

import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

import org.helpdesk.settings.BaseUrl;
import org.helpdesk.settings.Settings;
import org.helpdesk.shared.DeskSettings;

/** Tells the person who started the server where to find Helpdesk. */
@WebListener
public class StartupBanner implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());

    @Inject
    Settings settings;

    @Inject
    DeskSettings desk;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        BaseUrl base;
        try {
            base = settings.baseUrl();
        } catch (RuntimeException e) {
            // the schema may not be migrated yet: a banner must never stop the start
            base = BaseUrl.resolve(null, desk.environmentBaseUrl());
        }
        BaseUrl shown = base;
        LOG.info(() -> "Helpdesk is ready. Agents: " + shown.link("/login.xhtml") + "   Customers: "
                + shown.link("/customer/login.xhtml"));
        if (!shown.isConfigured()) {
            LOG.info(() -> "No base URL is configured, so links in e-mail use " + shown.value()
                    + ": set it in Administración › Configuración del sistema (or HELPDESK_BASE_URL).");
        }
    }
}
