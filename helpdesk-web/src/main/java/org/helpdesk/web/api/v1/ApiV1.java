package org.helpdesk.web.api.v1;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.helpdesk.login.ApiSessions;
import org.helpdesk.login.ApiTokens;
import org.helpdesk.shared.ConcurrentChangeException;
import org.helpdesk.shared.HelpdeskException;
import org.helpdesk.shared.Jsons;
import org.helpdesk.shared.NotFoundException;
import org.helpdesk.shared.PermissionDeniedException;
import org.helpdesk.shared.ValidationException;
import org.helpdesk.web.api.ApiCallers;
import org.helpdesk.web.api.ApiRateLimit;

/**
 * How every call of the native API runs: the API token from {@code Authorization: Bearer hd_…} (401 without a
 * valid one), the token's rate limit (429 with {@code Retry-After}), its scope (403 for a change with a read-only
 * token), then the call as the token's agent or customer, so the services check what they check for the
 * screens. What the services refuse becomes a status: not found or not allowed 404 (as the portal does not tell
 * them apart), a stale version 409, invalid input 422 with the fields, in the caller's language
 * ({@code Accept-Language}, else their own). Errors are {@code {"error": code, "message": text}}.
 */
@ApplicationScoped
public class ApiV1 {

    private static final Logger LOG = Logger.getLogger(ApiV1.class.getName());

    @EJB
    ApiTokens tokens;

    @Inject
    ApiCallers callers;

    @Inject
    ApiRateLimit rateLimit;

    @Resource
    UserTransaction transaction;

    /** What a call does once its caller is known. */
    public interface Action {
        Response run(ApiSessions.Caller caller);
    }

    public Response call(HttpHeaders headers, boolean write, Action action) {
        Optional<ApiTokens.TokenCaller> token;
        try {
            token = tokens.authenticate(bearer(headers));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "API token check failed", e);
            return problem(new ApiProblem(500, "server_error", "The server could not complete the request")).build();
        }
        if (token.isEmpty()) {
            return Response.status(Response.Status.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"helpdesk\"")
                    .entity(error("unauthorized", "A valid API token is needed: Authorization: Bearer hd_…").build().toString())
                    .type(MediaType.APPLICATION_JSON).build();
        }
        long wait = rateLimit.take("token:" + token.get().tokenId());
        if (wait > 0) {
            return problem(new ApiProblem(429, "too_many_requests", "Too many requests; try again in " + wait + " s"))
                    .header("Retry-After", wait).build();
        }
        if (write && !token.get().write()) {
            return problem(new ApiProblem(403, "forbidden", "This token may only read")).build();
        }
        ApiSessions.Caller caller = token.get().caller();
        Locale locale = locale(headers, caller);
        try {
            return callers.runAs(caller, (Supplier<Response>) () -> action.run(caller));
        } catch (ApiProblem e) {
            return problem(e).build();
        } catch (EJBAccessException e) {
            return problem(new ApiProblem(403, "forbidden", "Not allowed")).build();
        } catch (HelpdeskException e) {
            return refused(e, locale);
        } catch (EJBException e) {
            if (e.getCause() instanceof HelpdeskException refused) {
                return refused(refused, locale);
            }
            LOG.log(Level.SEVERE, "API call failed", e);
            return problem(new ApiProblem(500, "server_error", "The server could not complete the request")).build();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "API call failed", e);
            return problem(new ApiProblem(500, "server_error", "The server could not complete the request")).build();
        }
    }

    /**
     * Runs several service calls in one transaction: all of their changes or, when one is refused, none. The
     * refusal goes on to {@link #call}, which answers it.
     */
    public <T> T inOneTransaction(Supplier<T> work) {
        try {
            transaction.begin();
        } catch (NotSupportedException | SystemException e) {
            throw new IllegalStateException(e);
        }
        try {
            T result = work.get();
            transaction.commit();
            return result;
        } catch (RuntimeException e) {
            rollback();
            throw e;
        } catch (RollbackException | HeuristicMixedException | HeuristicRollbackException | SystemException e) {
            rollback();
            throw new IllegalStateException(e);
        }
    }

    private void rollback() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (SystemException | IllegalStateException e) {
            LOG.log(Level.WARNING, "Rollback failed", e);
        }
    }

    private static Response refused(HelpdeskException e, Locale locale) {
        if (e instanceof NotFoundException || e instanceof PermissionDeniedException) {
            return problem(new ApiProblem(404, "not_found", "Not found")).build();
        }
        if (e instanceof ConcurrentChangeException) {
            return problem(new ApiProblem(409, "conflict", e.getMessage(locale))).build();
        }
        var body = error("invalid", e.getMessage(locale));
        if (e instanceof ValidationException validation) {
            JsonArrayBuilder fields = Jsons.array();
            validation.getErrors().forEach(field -> fields.add(Jsons.object().add("field", field.field())
                    .add("message", field.getMessage(locale))));
            body.add("fields", fields);
        }
        return Response.status(422).type(MediaType.APPLICATION_JSON).entity(body.build().toString()).build();
    }

    static Response.ResponseBuilder problem(ApiProblem problem) {
        return Response.status(problem.getStatus()).type(MediaType.APPLICATION_JSON)
                .entity(error(problem.getCode(), problem.getMessage()).build().toString());
    }

    private static jakarta.json.JsonObjectBuilder error(String code, String message) {
        return Jsons.object().add("error", code).add("message", message == null ? code : message);
    }

    private static String bearer(HttpHeaders headers) {
        String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7) ? authorization.substring(7).trim() : null;
    }

    private static Locale locale(HttpHeaders headers, ApiSessions.Caller caller) {
        List<Locale> accepted = headers.getAcceptableLanguages();
        for (Locale locale : accepted) {
            if ("es".equals(locale.getLanguage()) || "en".equals(locale.getLanguage())) {
                return Locale.forLanguageTag(locale.getLanguage());
            }
        }
        String language = caller.login().language();
        return Locale.forLanguageTag(language == null ? "es" : language);
    }
}
