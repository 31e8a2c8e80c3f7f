package org.helpdesk.web.api.v1;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.helpdesk.agent.Permission;
import org.helpdesk.customer.CustomerService;
import org.helpdesk.queue.Queue;
import org.helpdesk.queue.QueueService;
import org.helpdesk.shared.Jsons;
import org.helpdesk.ticket.CustomerTicketService;
import org.helpdesk.ticket.TicketCatalog;

/** What tickets are made of, for the native API's callers: queues, types and states; customers (agents). */
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource {

    static final int LARGEST_SEARCH = 50;

    @Inject
    ApiV1 api;

    @EJB
    QueueService queues;

    @EJB
    CustomerTicketService customerTickets;

    @EJB
    CustomerService customers;

    @Inject
    TicketCatalog catalog;

    @Context
    HttpHeaders headers;

    /** The queues the caller may open tickets in: an agent's by their groups, a customer's as in the portal. */
    @GET
    @Path("queues")
    public Response queues() {
        return api.call(headers, false, caller -> {
            List<Queue> found = caller.agent() ? queues.queuesWith(Permission.CREATE) : customerTickets.queues();
            JsonArrayBuilder items = Jsons.array();
            found.forEach(queue -> items.add(Jsons.object().add("id", queue.getId()).add("name", queue.getName())));
            return Response.ok(Jsons.object().add("items", items).build().toString()).build();
        });
    }

    @GET
    @Path("types")
    public Response types() {
        return api.call(headers, false, caller -> {
            JsonArrayBuilder items = Jsons.array();
            catalog.types().forEach(type -> items.add(Jsons.object().add("id", type.getId()).add("name", type.getName())));
            return Response.ok(Jsons.object().add("items", items).build().toString()).build();
        });
    }

    @GET
    @Path("states")
    public Response states() {
        return api.call(headers, false, caller -> {
            JsonArrayBuilder items = Jsons.array();
            catalog.states().forEach(state -> items.add(Jsons.object().add("id", state.getId()).add("name", state.getName())
                    .add("type", state.getType().name().toLowerCase(java.util.Locale.ROOT))));
            return Response.ok(Jsons.object().add("items", items).build().toString()).build();
        });
    }

    /** Customers whose login, e-mail or name contains {@code search} (agents only), at most {@code size}. */
    @GET
    @Path("customers")
    public Response customers(@QueryParam("search") String search, @QueryParam("size") @DefaultValue("20") int size) {
        return api.call(headers, false, caller -> {
            if (!caller.agent()) {
                throw new ApiProblem(403, "forbidden", "Only agents look up customers");
            }
            if (search == null || search.isBlank() || size < 1 || size > LARGEST_SEARCH) {
                throw ApiProblem.badRequest("search is required, size 1 to " + LARGEST_SEARCH);
            }
            JsonArrayBuilder items = Jsons.array();
            customers.find(search, size).forEach(customer -> items.add(Jsons.object().add("login", customer.getLogin())
                    .add("email", customer.getEmail()).add("firstName", customer.getFirstName()).add("lastName", customer.getLastName())));
            return Response.ok(Jsons.object().add("items", items).build().toString()).build();
        });
    }
}
