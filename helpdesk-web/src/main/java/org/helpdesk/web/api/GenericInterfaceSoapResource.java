package org.helpdesk.web.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.helpdesk.api.mapping.MappingException;

/**
 * Znuny's / OTRS's SOAP web service {@code GenericTicketConnectorSOAP} at
 * {@code /api/otrs/Webservice/GenericTicketConnectorSOAP} (also under {@code nph-genericinterface.pl/}), its
 * WSDL at the same address with {@code ?wsdl}. The operations are those of the REST web service
 * ({@link GenericInterface}); a refusal comes back as Znuny's {@code <Error>} in a normal response. The body's
 * element chooses the operation; a SOAPAction header may name it too ({@code …/TicketConnector/TicketCreate},
 * {@code …#TicketCreate}, quoted or not) and must then agree. What is no SOAP request, or names no operation,
 * is answered with a SOAP fault ({@code soap:Client}, HTTP 500); a body over the limit with 413.
 */
@Path("otrs/{nph: (nph-genericinterface\\.pl/)?}Webservice/GenericTicketConnectorSOAP")
public class GenericInterfaceSoapResource {

    /** The web service this provider is; Znuny's default name for it. */
    public static final String WEBSERVICE = "GenericTicketConnectorSOAP";

    private static final Logger LOG = Logger.getLogger(GenericInterfaceSoapResource.class.getName());
    private static final String XML = "text/xml; charset=UTF-8";
    private static final String WSDL = "/WEB-INF/wsdl/GenericTicketConnectorSOAP.wsdl";

    @Inject
    GenericInterface operations;

    @Context
    HttpServletRequest request;

    @Context
    ServletContext servlet;

    @Context
    UriInfo uri;

    @POST
    public Response call(@HeaderParam("SOAPAction") String soapAction, InputStream body) {
        SoapMessages.Call call;
        try {
            call = SoapMessages.read(RequestBodies.read(body));
        } catch (RequestBodies.TooLarge e) {
            return Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE).type("text/plain; charset=UTF-8")
                    .entity("The request is larger than " + RequestBodies.LARGEST + " bytes").build();
        } catch (SoapMessages.Malformed | IOException e) {
            return fault(true, e.getMessage());
        }
        String operation = call.operation();
        if (!GenericInterface.OPERATIONS.contains(operation)) {
            return fault(true, "Operation " + operation + " is not known");
        }
        String named = actionOperation(soapAction);
        if (named != null && !named.equals(operation)) {
            return fault(true, "The SOAPAction " + soapAction + " does not name the operation " + operation);
        }
        try {
            return Response.ok(SoapMessages.response(operation, operations.invoke(WEBSERVICE, operation, call.data(),
                    request.getRemoteAddr())), XML).build();
        } catch (MappingException e) {
            return fault(false, operation + ": the mapping failed: " + e.getMessage());
        } catch (GenericInterface.TooManyRequests e) {
            return Response.status(429).type(XML).header("Retry-After", e.retryAfter())
                    .entity(SoapMessages.fault(true, operation + ": " + e.getMessage())).build();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Generic interface (SOAP) " + operation + " failed", e);
            return fault(false, operation + ": the server could not complete the request");
        }
    }

    /** The WSDL, with this server's address for the service ({@code ?wsdl}; any GET gives it). */
    @GET
    public Response wsdl() throws IOException {
        try (InputStream document = servlet.getResourceAsStream(WSDL)) {
            String wsdl = new String(document.readAllBytes(), StandardCharsets.UTF_8);
            String address = uri.getAbsolutePath().toString();
            return Response.ok(wsdl.replace("REPLACE_WITH_ACTUAL_URL", escapeXml(address)), XML).build();
        }
    }

    /** The operation a SOAPAction names (after its last {@code /} or {@code #}); null when it names none. */
    static String actionOperation(String soapAction) {
        if (soapAction == null) {
            return null;
        }
        String action = soapAction.trim();
        if (action.length() >= 2 && action.startsWith("\"") && action.endsWith("\"")) {
            action = action.substring(1, action.length() - 1).trim();
        }
        int cut = Math.max(action.lastIndexOf('/'), action.lastIndexOf('#'));
        String operation = action.substring(cut + 1);
        return operation.isEmpty() ? null : operation;
    }

    private static Response fault(boolean client, String message) {
        return Response.serverError().type(XML).entity(SoapMessages.fault(client, message)).build();
    }

    private static String escapeXml(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
