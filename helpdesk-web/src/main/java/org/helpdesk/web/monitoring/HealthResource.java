package org.helpdesk.web.monitoring;

import java.util.Date;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.helpdesk.monitoring.HealthService;
import org.helpdesk.shared.DeskSettings;

/**
 * Health and metrics for load balancers and monitoring: {@code /api/health/live} (the server
 * answers), {@code /api/health/ready} (and its database too; 503 otherwise), both open, and
 * {@code /api/metrics} (counters in the Prometheus text format, counted at most every 15 seconds;
 * only for those {@link MetricsAccess} lets in).
 */
@Path("")
@RequestScoped
public class HealthResource {

    @EJB
    HealthService health;

    @Inject
    MetricsReport metrics;

    @Inject
    DeskSettings settings;

    @GET
    @Path("health/live")
    @Produces(MediaType.APPLICATION_JSON)
    public String live() {
        return "{\"status\":\"UP\"}";
    }

    @GET
    @Path("health/ready")
    @Produces(MediaType.APPLICATION_JSON)
    public Response ready() {
        String problem = health.notReadyBecause();
        if (problem == null) {
            return Response.ok("{\"status\":\"UP\"}").build();
        }
        return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                .entity("{\"status\":\"DOWN\",\"reason\":\"" + problem.replace("\"", "'") + "\"}").build();
    }

    /** The counters; Last-Modified says when they were counted. */
    @GET
    @Path("metrics")
    @Produces(MediaType.TEXT_PLAIN)
    public Response metrics(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @Context HttpServletRequest request) {
        switch (MetricsAccess.decide(settings.metricsToken(), authorization, request.getRemoteAddr())) {
            case UNAUTHORIZED:
                return Response.status(Response.Status.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
            case FORBIDDEN:
                return Response.status(Response.Status.FORBIDDEN).build();
            default:
                MetricsReport.Snapshot snapshot = metrics.current();
                return Response.ok(snapshot.text()).lastModified(Date.from(snapshot.countedAt())).build();
        }
    }
}
