package org.helpdesk.web.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
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

import org.helpdesk.api.otrs.ConnectorException;
import org.helpdesk.api.otrs.TicketConnector;
import org.helpdesk.login.ApiSessions;

/**
 * Znuny's / OTRS's REST web service {@code GenericTicketConnectorREST} at
 * {@code /api/otrs/Webservice/GenericTicketConnectorREST/...} (also under {@code nph-genericinterface.pl/}),
 * with its routes: {@code POST /Session}, {@code GET /Session/{SessionID}}, {@code POST /Ticket}, {@code GET /Ticket/{TicketID}},
 * {@code GET /TicketList}, {@code GET /Ticket} (search), {@code PATCH /Ticket/{TicketID}} and
 * {@code GET /TicketHistory/{TicketID}}. As in Znuny, the request's data is the JSON body with the query
 * string's and the route's parameters over it; an operation's refusal comes back with HTTP 200 as
 * {@code {"Error":{"ErrorCode":"TicketCreate.MissingParameter","ErrorMessage":"…"}}}. A body that is no JSON
 * object is answered with 400, one over {@value #LARGEST_BODY} bytes with 413, both in the same shape.
 */
@Path("otrs/{nph: (nph-genericinterface\\.pl/)?}Webservice/{webservice}")
@Produces(MediaType.APPLICATION_JSON)
public class GenericInterfaceResource {

    /** The web service this provider is; Znuny's default name for it. */
    public static final String WEBSERVICE = "GenericTicketConnectorREST";
    /** The largest request body: base64 makes attachments a third larger. */
    static final int LARGEST_BODY = 30 * 1024 * 1024;

    private static final Logger LOG = Logger.getLogger(GenericInterfaceResource.class.getName());

    @EJB
    TicketConnector connector;

    @Inject
    ApiCallers callers;

    @EJB
    ApiSessions sessions;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uri;

    @PathParam("webservice")
    String webservice;

    @POST
    @Path("Session")
    public Response sessionCreate(InputStream body) {
        return handle("SessionCreate", body, Map.of(), data -> {
            String password = text(data, "Password");
            if (data.isEmpty()) {
                return error("SessionCreate.MissingParameter", "SessionCreate: The request is empty!");
            }
            if (password == null) {
                return error("SessionCreate.MissingParameter", "SessionCreate: Password parameter is missing!");
            }
            Optional<ApiSessions.Caller> caller = callers.login(text(data, "UserLogin"), text(data, "CustomerUserLogin"), password,
                    request.getRemoteAddr());
            if (caller.isEmpty()) {
                return error("SessionCreate.AuthFail", "SessionCreate: Authorization failing!");
            }
            return Json.createObjectBuilder().add("SessionID", sessions.open(caller.get().agent(), caller.get().login())).build();
        });
    }

    /** Znuny's SessionGet: who a session stands for, as {@code SessionData} keys and values. */
    @GET
    @Path("Session/{SessionID}")
    public Response sessionGet(@PathParam("SessionID") String sessionId) {
        return handle("SessionGet", null, Map.of("SessionID", sessionId), data -> {
            Optional<ApiSessions.Caller> caller = sessions.resume(text(data, "SessionID"));
            if (caller.isEmpty()) {
                return error("SessionGet.SessionInvalid", "SessionGet: Session is invalid!");
            }
            JsonArrayBuilder session = Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("Key", "UserLogin").add("Value", caller.get().login().login()))
                    .add(Json.createObjectBuilder().add("Key", "UserType").add("Value", caller.get().agent() ? "User" : "Customer"))
                    .add(Json.createObjectBuilder().add("Key", "UserLanguage").add("Value", java.util.Objects.requireNonNullElse(caller.get().login().language(), "es")));
            return Json.createObjectBuilder().add("SessionData", session).build();
        });
    }

    @POST
    @Path("Ticket")
    public Response ticketCreate(InputStream body) {
        return operation("TicketCreate", body, Map.of(), connector::ticketCreate);
    }

    @GET
    @Path("Ticket/{TicketID}")
    public Response ticketGet(@PathParam("TicketID") String ticketId) {
        return operation("TicketGet", null, Map.of("TicketID", ticketId), connector::ticketGet);
    }

    @GET
    @Path("TicketList")
    public Response ticketGetList() {
        return operation("TicketGet", null, Map.of(), connector::ticketGet);
    }

    @GET
    @Path("Ticket")
    public Response ticketSearch() {
        return operation("TicketSearch", null, Map.of(), connector::ticketSearch);
    }

    @PATCH
    @Path("Ticket/{TicketID}")
    public Response ticketUpdate(@PathParam("TicketID") String ticketId, InputStream body) {
        return operation("TicketUpdate", body, Map.of("TicketID", ticketId), connector::ticketUpdate);
    }

    @GET
    @Path("TicketHistory/{TicketID}")
    public Response ticketHistoryGet(@PathParam("TicketID") String ticketId) {
        return operation("TicketHistoryGet", null, Map.of("TicketID", ticketId), connector::ticketHistoryGet);
    }

    /** An operation that needs a caller: authenticated first (AuthFail otherwise), then run as them. */
    private Response operation(String name, InputStream body, Map<String, String> route, Function<JsonObject, JsonObject> operation) {
        return handle(name, body, route, data -> {
            Optional<ApiSessions.Caller> caller = callers.authenticate(text(data, "SessionID"), text(data, "UserLogin"),
                    text(data, "CustomerUserLogin"), text(data, "Password"), request.getRemoteAddr());
            if (caller.isEmpty()) {
                return error(name + ".AuthFail", name + ": Authorization failing!");
            }
            try {
                return callers.runAs(caller.get(), () -> operation.apply(data));
            } catch (ConnectorException e) {
                return error(e.getCode(), e.getMessage());
            } catch (EJBAccessException e) {
                return error(name + ".AccessDenied", name + ": Access denied!");
            } catch (EJBException e) {
                if (e.getCause() instanceof ConnectorException refused) {
                    return error(refused.getCode(), refused.getMessage());
                }
                throw e;
            }
        });
    }

    /** Reads the request's data, runs the step and answers its JSON; what the step did not foresee is a server fault. */
    private Response handle(String name, InputStream body, Map<String, String> route, Function<JsonObject, JsonObject> step) {
        if (!WEBSERVICE.equals(webservice)) {
            return Response.status(Response.Status.NOT_FOUND)
                    .entity(error("Webservice.InvalidConfiguration", "Webservice " + webservice + " is not known!").toString()).build();
        }
        JsonObject data;
        try {
            data = data(body, route);
        } catch (TooLarge e) {
            return Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE)
                    .entity(error(name + ".InvalidParameter", name + ": The request is larger than " + LARGEST_BODY + " bytes!").toString())
                    .build();
        } catch (JsonException | IllegalStateException | ClassCastException | IOException e) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(error(name + ".InvalidParameter", name + ": The request is no valid JSON object!").toString()).build();
        }
        try {
            return Response.ok(step.apply(data).toString()).build();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Generic interface " + name + " failed", e);
            return Response.serverError().entity(Json.createObjectBuilder().add("faultcode", "Server")
                    .add("faultstring", name + ": the server could not complete the request").build().toString()).build();
        }
    }

    /** The JSON body, with the query string's parameters over it (a repeated one as a list) and the route's over those. */
    private JsonObject data(InputStream body, Map<String, String> route) throws IOException {
        JsonObjectBuilder data = Json.createObjectBuilder();
        if (body != null) {
            byte[] bytes = readAtMost(body);
            String text = new String(bytes, StandardCharsets.UTF_8).trim();
            if (!text.isEmpty()) {
                try (var reader = Json.createReader(new StringReader(text))) {
                    data = Json.createObjectBuilder(reader.readObject());
                }
            }
        }
        for (Map.Entry<String, List<String>> parameter : uri.getQueryParameters().entrySet()) {
            List<String> values = parameter.getValue();
            if (values.size() == 1) {
                data.add(parameter.getKey(), values.get(0));
            } else {
                JsonArrayBuilder array = Json.createArrayBuilder();
                values.forEach(array::add);
                data.add(parameter.getKey(), array);
            }
        }
        route.forEach(data::add);
        return data.build();
    }

    private static byte[] readAtMost(InputStream body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
            bytes.write(buffer, 0, read);
            if (bytes.size() > LARGEST_BODY) {
                throw new TooLarge();
            }
        }
        return bytes.toByteArray();
    }

    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }

    private static String text(JsonObject data, String name) {
        JsonValue value = data.get(name);
        if (value instanceof JsonString text && !text.getString().isBlank()) {
            return text.getString();
        }
        return value == null || value.getValueType() != JsonValue.ValueType.NUMBER ? null : value.toString();
    }

    private static JsonObject error(String code, String message) {
        return Json.createObjectBuilder().add("Error", Json.createObjectBuilder().add("ErrorCode", code).add("ErrorMessage", message))
                .build();
    }
}
