package org.helpdesk.web.api.v1;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The native API's OpenAPI document, kept in the repository ({@value #DOCUMENT}) and checked by a test
 * against the resources' real routes. Open to anyone, as a description of the API is no secret.
 */
@Path("v1/openapi.json")
public class OpenApiResource {

    static final String DOCUMENT = "/WEB-INF/openapi/helpdesk-v1.json";

    @Context
    ServletContext servlet;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response document() throws IOException {
        try (InputStream document = servlet.getResourceAsStream(DOCUMENT)) {
            return Response.ok(document.readAllBytes()).build();
        }
    }
}
