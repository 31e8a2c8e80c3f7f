package org.helpdesk.web.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.helpdesk.api.mapping.MappingException;
import org.helpdesk.shared.Jsons;


/**
 * Znuny's / OTRS's REST web service {@code GenericTicketConnectorREST} at
 * {@code /api/otrs/Webservice/GenericTicketConnectorREST/...} (also under {@code nph-genericinterface.pl/}),
 * with its routes: {@code POST /Session}, {@code GET /Session/{SessionID}}, {@code POST /Ticket}, {@code GET /Ticket/{TicketID}},
 * {@code GET /TicketList}, {@code GET /Ticket} (search), {@code PATCH /Ticket/{TicketID}} and
 * {@code GET /TicketHistory/{TicketID}}. As in Znuny, the request's data is the JSON body with the query
 * string's and the route's parameters over it; an operation's refusal comes back with HTTP 200 as
 * {@code {"Error":{"ErrorCode":"TicketCreate.MissingParameter","ErrorMessage":"…"}}}. A body that is no JSON
 * object is answered with 400, one over {@value RequestBodies#LARGEST} bytes with 413, both in the same shape.
 */
@Path("otrs/{nph: (nph-genericinterface\\.pl/)?}Webservice/{webservice}")
@Produces(MediaType.APPLICATION_JSON)
public class GenericInterfaceResource {

    /** The web service this provider is; Znuny's default name for it. */
    public static final String WEBSERVICE = "GenericTicketConnectorREST";

    private static final Logger LOG = Logger.getLogger(GenericInterfaceResource.class.getName());

    @Inject
    GenericInterface operations;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uri;

    @PathParam("webservice")
    String webservice;

    @POST
    @Path("Session")
    public Response sessionCreate(InputStream body) {
        return handle("SessionCreate", body, Map.of());
    }

    @GET
    @Path("Session/{SessionID}")
    public Response sessionGet(@PathParam("SessionID") String sessionId) {
        return handle("SessionGet", null, Map.of("SessionID", sessionId));
    }

    @POST
    @Path("Ticket")
    public Response ticketCreate(InputStream body) {
        return handle("TicketCreate", body, Map.of());
    }

    @GET
    @Path("Ticket/{TicketID}")
    public Response ticketGet(@PathParam("TicketID") String ticketId) {
        return handle("TicketGet", null, Map.of("TicketID", ticketId));
    }

    @GET
    @Path("TicketList")
    public Response ticketGetList() {
        return handle("TicketGet", null, Map.of());
    }

    @GET
    @Path("Ticket")
    public Response ticketSearch() {
        return handle("TicketSearch", null, Map.of());
    }

    @PATCH
    @Path("Ticket/{TicketID}")
    public Response ticketUpdate(@PathParam("TicketID") String ticketId, InputStream body) {
        return handle("TicketUpdate", body, Map.of("TicketID", ticketId));
    }

    @GET
    @Path("TicketHistory/{TicketID}")
    public Response ticketHistoryGet(@PathParam("TicketID") String ticketId) {
        return handle("TicketHistoryGet", null, Map.of("TicketID", ticketId));
    }

    /** Reads the request's data, runs the operation and answers its JSON; what it did not foresee is a server fault. */
    private Response handle(String name, InputStream body, Map<String, String> route) {
        if (!WEBSERVICE.equals(webservice)) {
            return Response.status(Response.Status.NOT_FOUND)
                    .entity(error("Webservice.InvalidConfiguration", "Webservice " + webservice + " is not known!").toString()).build();
        }
        JsonObject data;
        try {
            data = data(body, route);
        } catch (RequestBodies.TooLarge e) {
            return Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE)
                    .entity(error(name + ".InvalidParameter", name + ": The request is larger than " + RequestBodies.LARGEST + " bytes!").toString())
                    .build();
        } catch (JsonException | IllegalStateException | ClassCastException | IOException e) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(error(name + ".InvalidParameter", name + ": The request is no valid JSON object!").toString()).build();
        }
        try {
            return Response.ok(operations.invoke(WEBSERVICE, name, data, request.getRemoteAddr()).toString()).build();
        } catch (MappingException e) {
            return fault(name + ": the mapping failed: " + e.getMessage());
        } catch (GenericInterface.TooManyRequests e) {
            return Response.status(429).header("Retry-After", e.retryAfter())
                    .entity(error(name + ".TooManyRequests", name + ": " + e.getMessage()).toString()).build();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Generic interface " + name + " failed", e);
            return fault(name + ": the server could not complete the request");
        }
    }

    /** What could not be done on the server's side, as Znuny answers it (HTTP 500). */
    private static Response fault(String message) {
        return Response.serverError().entity(Jsons.object().add("faultcode", "Server").add("faultstring", message).build()
                .toString()).build();
    }

    /** The JSON body, with the query string's parameters over it (a repeated one as a list) and the route's over those. */
    private JsonObject data(InputStream body, Map<String, String> route) throws IOException {
        JsonObjectBuilder data = Jsons.object();
        if (body != null) {
            String text = new String(RequestBodies.read(body), StandardCharsets.UTF_8).trim();
            if (!text.isEmpty()) {
                try (var reader = Jsons.reader(new StringReader(text))) {
                    data = Jsons.object(reader.readObject());
                }
            }
        }
        for (Map.Entry<String, List<String>> parameter : uri.getQueryParameters().entrySet()) {
            List<String> values = parameter.getValue();
            if (values.size() == 1) {
                data.add(parameter.getKey(), values.get(0));
            } else {
                JsonArrayBuilder array = Jsons.array();
                values.forEach(array::add);
                data.add(parameter.getKey(), array);
            }
        }
        route.forEach(data::add);
        return data.build();
    }

    private static JsonObject error(String code, String message) {
        return GenericInterface.error(code, message);
    }
}
