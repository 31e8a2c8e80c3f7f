package org.helpdesk.web.monitoring;

import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.helpdesk.monitoring.HealthService;

/**
 * Health and metrics for load balancers and monitoring: {@code /api/health/live} (the server
 * answers), {@code /api/health/ready} (and its database too; 503 otherwise), and
 * {@code /api/metrics} (counters in the Prometheus text format).
 */
@Path("")
@RequestScoped
public class HealthResource {

    @EJB
    HealthService health;

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

    @GET
    @Path("metrics")
    @Produces(MediaType.TEXT_PLAIN)
    public String metrics() {
        return health.counters().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining("\n", "", "\n"));
    }
}
