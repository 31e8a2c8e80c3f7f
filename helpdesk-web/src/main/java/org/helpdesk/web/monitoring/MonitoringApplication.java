package org.helpdesk.web.monitoring;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST endpoints, under {@code /api}. */
@ApplicationPath("/api")
public class MonitoringApplication extends Application {
}
