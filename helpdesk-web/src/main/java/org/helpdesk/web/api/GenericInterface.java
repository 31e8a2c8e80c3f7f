package org.helpdesk.web.api;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.helpdesk.api.mapping.ApiMapping.Direction;
import org.helpdesk.api.mapping.MappingException;
import org.helpdesk.api.mapping.Mappings;
import org.helpdesk.api.otrs.ConnectorException;
import org.helpdesk.api.otrs.TicketConnector;
import org.helpdesk.login.ApiSessions;
import org.helpdesk.shared.Jsons;

/**
 * The operations of Znuny's GenericTicketConnector, whatever transport brings them (REST or SOAP): a request's
 * data in, the operation's result out, both as Znuny's data structure in JSON form. SessionCreate and SessionGet
 * are answered here; the ticket operations authenticate the caller first (a SessionID, or a login with its
 * password, on every request as Znuny does) and then run as them, so the services check what the UI checks.
 * A refusal is answered as Znuny answers it, {@code {"Error":{"ErrorCode":…,"ErrorMessage":…}}}.
 */
@ApplicationScoped
public class GenericInterface {

    /** The operations, by Znuny's names. */
    public static final Set<String> OPERATIONS = Set.of("SessionCreate", "SessionGet", "TicketCreate", "TicketUpdate",
            "TicketGet", "TicketSearch", "TicketHistoryGet");

    @EJB
    TicketConnector connector;

    @EJB
    ApiSessions sessions;

    @Inject
    ApiCallers callers;

    @EJB
    Mappings mappings;

    @Inject
    ApiRateLimit rateLimit;

    /** A caller over their rate limit ({@link ApiRateLimit}): the transports answer HTTP 429. */
    public static final class TooManyRequests extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final long retryAfter;

        TooManyRequests(long retryAfter) {
            super("Too many requests; try again in " + retryAfter + " s");
            this.retryAfter = retryAfter;
        }

        /** Seconds until the next request is accepted. */
        public long retryAfter() {
            return retryAfter;
        }
    }

    /**
     * Runs one operation of a web service: its request mapping on the data, the operation, its response mapping
     * on the result (see {@link Mappings}).
     *
     * @param operation one of {@link #OPERATIONS}
     * @param clientAddress where the request came from, for the login checks' throttling and audit
     * @throws MappingException when a mapping could not be run (the operation is not run or its result is lost
     *         to the client; the transports answer with a server fault)
     */
    public JsonObject invoke(String webservice, String operation, JsonObject data, String clientAddress) throws MappingException {
        JsonObject request = mappings.apply(webservice, Direction.REQUEST, operation, data);
        JsonObject result = run(operation, request, clientAddress);
        return mappings.apply(webservice, Direction.RESPONSE, operation, result);
    }

    private JsonObject run(String operation, JsonObject data, String clientAddress) {
        return switch (operation) {
            case "SessionCreate" -> sessionCreate(data, clientAddress);
            case "SessionGet" -> sessionGet(data);
            case "TicketCreate" -> asCaller(operation, data, clientAddress, connector::ticketCreate);
            case "TicketUpdate" -> asCaller(operation, data, clientAddress, connector::ticketUpdate);
            case "TicketGet" -> asCaller(operation, data, clientAddress, connector::ticketGet);
            case "TicketSearch" -> asCaller(operation, data, clientAddress, connector::ticketSearch);
            case "TicketHistoryGet" -> asCaller(operation, data, clientAddress, connector::ticketHistoryGet);
            default -> throw new IllegalArgumentException("No operation " + operation);
        };
    }

    private JsonObject sessionCreate(JsonObject data, String clientAddress) {
        String password = text(data, "Password");
        if (data.isEmpty()) {
            return error("SessionCreate.MissingParameter", "SessionCreate: The request is empty!");
        }
        if (password == null) {
            return error("SessionCreate.MissingParameter", "SessionCreate: Password parameter is missing!");
        }
        Optional<ApiSessions.Caller> caller = callers.login(text(data, "UserLogin"), text(data, "CustomerUserLogin"), password,
                clientAddress);
        if (caller.isEmpty()) {
            return error("SessionCreate.AuthFail", "SessionCreate: Authorization failing!");
        }
        return Jsons.object().add("SessionID", sessions.open(caller.get().agent(), caller.get().login())).build();
    }

    /** Who a session stands for, as {@code SessionData} keys and values. */
    private JsonObject sessionGet(JsonObject data) {
        Optional<ApiSessions.Caller> caller = sessions.resume(text(data, "SessionID"));
        if (caller.isEmpty()) {
            return error("SessionGet.SessionInvalid", "SessionGet: Session is invalid!");
        }
        JsonArrayBuilder session = Jsons.array()
                .add(item("UserLogin", caller.get().login().login()))
                .add(item("UserType", caller.get().agent() ? "User" : "Customer"))
                .add(item("UserLanguage", Objects.requireNonNullElse(caller.get().login().language(), "es")));
        return Jsons.object().add("SessionData", session).build();
    }

    private static JsonObject item(String key, String value) {
        return Jsons.object().add("Key", key).add("Value", value).build();
    }

    /** An operation that needs a caller: authenticated first (AuthFail otherwise), then run as them. */
    private JsonObject asCaller(String name, JsonObject data, String clientAddress, Function<JsonObject, JsonObject> operation) {
        Optional<ApiSessions.Caller> caller = callers.authenticate(text(data, "SessionID"), text(data, "UserLogin"),
                text(data, "CustomerUserLogin"), text(data, "Password"), clientAddress);
        if (caller.isEmpty()) {
            return error(name + ".AuthFail", name + ": Authorization failing!");
        }
        long wait = rateLimit.take((caller.get().agent() ? "agent:" : "customer:") + caller.get().login().login());
        if (wait > 0) {
            throw new TooManyRequests(wait);
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
    }

    private static String text(JsonObject data, String name) {
        JsonValue value = data.get(name);
        if (value instanceof JsonString text && !text.getString().isBlank()) {
            return text.getString();
        }
        return value == null || value.getValueType() != JsonValue.ValueType.NUMBER ? null : value.toString();
    }

    /** A refusal in Znuny's shape. */
    public static JsonObject error(String code, String message) {
        return Jsons.object().add("Error", Jsons.object().add("ErrorCode", code).add("ErrorMessage", message))
                .build();
    }
}
