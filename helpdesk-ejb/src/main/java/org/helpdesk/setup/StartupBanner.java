package org.helpdesk.setup;

import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import org.helpdesk.settings.BaseUrl;
import org.helpdesk.settings.Settings;

/**
 * Tells the person who started the server where to find Helpdesk. It reads the base URL from the
 * settings, so it starts after the schema is migrated: on a new database nothing is read before its
 * tables exist.
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class StartupBanner {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());

    @Inject
    Settings settings;

    @PostConstruct
    void announce() {
        BaseUrl base = settings.baseUrl();
        LOG.info(() -> "Helpdesk is ready. Agents: " + base.link("/login.xhtml") + "   Customers: "
                + base.link("/customer/login.xhtml"));
        if (!base.isConfigured()) {
            LOG.info(() -> "No base URL is configured, so links in e-mail use " + base.value()
                    + ": set it in Administración › Configuración del sistema (or HELPDESK_BASE_URL).");
        }
    }
}
