package org.helpdesk.web.api.v1;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.helpdesk.customer.CustomerService;
import org.helpdesk.customer.CustomerUser;
import org.helpdesk.login.ApiSessions;
import org.helpdesk.shared.BaseEntity;
import org.helpdesk.shared.ConcurrentChangeException;
import org.helpdesk.shared.Jsons;
import org.helpdesk.ticket.Article;
import org.helpdesk.ticket.Attachment;
import org.helpdesk.ticket.Channel;
import org.helpdesk.ticket.CustomerTicketService;
import org.helpdesk.ticket.Level;
import org.helpdesk.ticket.NewArticle;
import org.helpdesk.ticket.NewAttachment;
import org.helpdesk.ticket.NewCustomerTicket;
import org.helpdesk.ticket.NewTicket;
import org.helpdesk.ticket.SenderType;
import org.helpdesk.ticket.StateType;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketQuery;
import org.helpdesk.ticket.TicketSearchService;
import org.helpdesk.ticket.TicketService;
import org.helpdesk.ticket.TicketSort;
import org.helpdesk.ticket.TicketSummary;

/**
 * Tickets in the native API, for agents (the queues their groups allow) and customers (their own tickets, as
 * in the portal): list (paged in the database), read (with an {@code ETag} of the version), create, change
 * (agents; {@code If-Match} with a stale version is 409), articles and attachments.
 */
@Path("v1/tickets")
@Produces(MediaType.APPLICATION_JSON)
public class TicketsResource {

    static final int LARGEST_PAGE = 100;

    @Inject
    ApiV1 api;

    @EJB
    TicketService tickets;

    @EJB
    CustomerTicketService customerTickets;

    @EJB
    TicketSearchService search;

    @EJB
    CustomerService customers;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    /** A page of tickets, newest first: {@code state} open (default), closed or all; {@code queue} an id (agents). */
    @GET
    public Response list(@QueryParam("state") @DefaultValue("open") String state, @QueryParam("queue") Long queue,
            @QueryParam("page") @DefaultValue("1") int page, @QueryParam("size") @DefaultValue("25") int size) {
        return api.call(headers, false, caller -> {
            if (page < 1 || size < 1 || size > LARGEST_PAGE || (long) (page - 1) * size > Integer.MAX_VALUE) {
                throw ApiProblem.badRequest("page must be 1 or more, size 1 to " + LARGEST_PAGE);
            }
            int first = (page - 1) * size;
            List<TicketSummary> rows;
            long total;
            if (caller.agent()) {
                TicketQuery query = TicketQuery.all().withQueue(queue);
                query = switch (state) {
                    case "open" -> query.withStateTypes(TicketQuery.OPEN_TYPES);
                    case "closed" -> query.withStateTypes(Set.of(StateType.CLOSED));
                    case "all" -> query;
                    default -> throw ApiProblem.badRequest("state must be open, closed or all");
                };
                rows = search.search(query, TicketSort.CREATED, false, first, size);
                total = search.count(query);
            } else {
                CustomerTicketService.Show show = switch (state) {
                    case "open" -> CustomerTicketService.Show.OPEN;
                    case "closed" -> CustomerTicketService.Show.CLOSED;
                    case "all" -> CustomerTicketService.Show.ALL;
                    default -> throw ApiProblem.badRequest("state must be open, closed or all");
                };
                rows = customerTickets.myTickets(show, TicketSort.CREATED, false, first, size);
                total = customerTickets.countMyTickets(show);
            }
            JsonArrayBuilder items = Jsons.array();
            rows.forEach(row -> items.add(V1Json.summary(row)));
            return Response.ok(Jsons.object().add("items", items).add("page", page).add("size", size).add("total", total)
                    .build().toString()).build();
        });
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        return api.call(headers, false, caller -> ticket(ticket(caller, id), Response.ok()));
    }

    /**
     * Opens a ticket. An agent gives {@code title, queueId, typeId, priority, customer} (a login), optionally
     * {@code stateId}, and the first {@code article}; a customer gives {@code title, queueId, typeId, impact,
     * urgency, body} as in the portal. Both may add {@code attachments}.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(InputStream body) {
        return api.call(headers, true, caller -> {
            Ticket created;
            if (caller.agent()) {
                V1Request request = V1Request.read(body, Set.of("title", "queueId", "typeId", "priority", "stateId", "customer",
                        "serviceId", "slaId", "article", "attachments"));
                V1Request article = request.object("article", Set.of("subject", "body", "channel", "visibleForCustomer"));
                if (article == null) {
                    throw ApiProblem.badRequest("article is required");
                }
                Integer priority = request.integer("priority");
                created = tickets.create(new NewTicket(request.text("title"), request.id("queueId"), request.id("stateId"),
                        priority == null ? 3 : priority, request.id("typeId"), customerId(request.text("customer")), request.id("serviceId"), request.id("slaId"),
                        new NewArticle(SenderType.CUSTOMER, channel(article, Channel.PHONE), article.flag("visibleForCustomer", true), null, null,
                                null, article.text("subject"), article.text("body"), null, request.attachments("attachments"))));
            } else {
                V1Request request = V1Request.read(body, Set.of("title", "queueId", "typeId", "impact", "urgency", "serviceId", "body",
                        "attachments"));
                created = customerTickets.create(new NewCustomerTicket(request.id("typeId"), request.id("queueId"),
                        request.choice("impact", Level.class), request.choice("urgency", Level.class), request.id("serviceId"),
                        request.text("title"),
                        request.text("body"), request.attachments("attachments")));
            }
            return ticket(created, Response.created(URI.create(uri.getBaseUri() + "v1/tickets/" + created.getId())));
        });
    }

    /**
     * Changes an agent's ticket: {@code title}, {@code customer} (a login), {@code serviceId} (null clears) and
     * {@code slaId} (which must apply to the service; null for the service's default), {@code queueId}, {@code stateId}, {@code priority} (with {@code priorityReason}),
     * {@code ownerId}, {@code typeId}. With {@code If-Match} the change is made only on that version (409 otherwise).
     */
    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") long id, InputStream body) {
        return api.call(headers, true, caller -> {
            if (!caller.agent()) {
                throw new ApiProblem(403, "forbidden", "Customers change their tickets by adding articles");
            }
            V1Request request = V1Request.read(body, Set.of("title", "customer", "queueId", "stateId", "priority", "priorityReason",
                    "ownerId", "typeId", "serviceId", "slaId"));
            return ticket(api.inOneTransaction(() -> change(id, request)), Response.ok());
        });
    }


    /** The changes of one PATCH, one service call each, in the caller's one transaction: all of them or none. */
    private Ticket change(long id, V1Request request) {
        Ticket ticket = tickets.get(id);
        long version = ticket.getVersion();
        String match = headers.getHeaderString(HttpHeaders.IF_MATCH);
        if (match != null && !match.equals("*") && !match.equals(etag(ticket).toString())) {
            throw new ConcurrentChangeException();
        }
        if (request.has("title")) {
            ticket = tickets.changeTitle(id, version, request.text("title"));
            version = ticket.getVersion();
        }
        if (request.has("customer")) {
            ticket = tickets.changeCustomer(id, version, customerId(request.text("customer")));
            version = ticket.getVersion();
        }
        if (request.present("serviceId") || request.present("slaId")) {
            // a null service clears both; no SLA (null or left out with a new service) means the service's default SLA
            Long serviceId = request.present("serviceId") ? request.id("serviceId") : idOf(ticket.getService());
            Long slaId = request.present("slaId") ? request.id("slaId")
                    : request.present("serviceId") ? null : idOf(ticket.getSla());
            ticket = tickets.classify(id, version, serviceId, slaId);
            version = ticket.getVersion();
        }
        if (request.has("queueId")) {
            ticket = tickets.move(id, version, request.id("queueId"));
            version = ticket.getVersion();
        }
        if (request.has("stateId")) {
            ticket = tickets.changeState(id, version, request.id("stateId"));
            version = ticket.getVersion();
        }
        if (request.has("priority")) {
            ticket = tickets.changePriority(id, version, request.integer("priority"), request.text("priorityReason"));
            version = ticket.getVersion();
        }
        if (request.has("typeId")) {
            ticket = tickets.changeType(id, version, request.id("typeId"));
            version = ticket.getVersion();
        }
        if (request.has("ownerId")) {
            ticket = tickets.setOwner(id, version, request.id("ownerId"));
        }
        return ticket;
    }

    @GET
    @Path("{id}/articles")
    public Response articles(@PathParam("id") long id) {
        return api.call(headers, false, caller -> {
            List<Article> articles = caller.agent() ? tickets.articles(id) : customerTickets.articles(id);
            JsonArrayBuilder items = Jsons.array();
            articles.forEach(article -> items.add(V1Json.article(article)));
            return Response.ok(Jsons.object().add("items", items).build().toString()).build();
        });
    }

    /**
     * Adds an article. An agent gives {@code subject, body} and a {@code channel}: internal (a note, the
     * default), email (an answer mailed to the customer), phone or web; a customer gives {@code body} (a reply).
     */
    @POST
    @Path("{id}/articles")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addArticle(@PathParam("id") long id, InputStream body) {
        return api.call(headers, true, caller -> {
            if (caller.agent()) {
                V1Request request = V1Request.read(body, Set.of("subject", "body", "channel", "attachments"));
                Ticket ticket = tickets.get(id);
                Channel channel = channel(request, Channel.INTERNAL);
                List<NewAttachment> attachments = request.attachments("attachments");
                Article article = tickets.addArticle(id, ticket.getVersion(), new NewArticle(SenderType.AGENT, channel,
                        channel != Channel.INTERNAL, null, channel == Channel.EMAIL ? ticket.getCustomer().getEmail() : null, null,
                        request.text("subject"), request.text("body"), null, attachments));
                return Response.status(Response.Status.CREATED).entity(V1Json.article(article).build().toString()).build();
            }
            V1Request request = V1Request.read(body, Set.of("body", "attachments"));
            customerTickets.reply(id, request.text("body"), request.attachments("attachments"));
            List<Article> articles = customerTickets.articles(id);
            return Response.status(Response.Status.CREATED).entity(V1Json.article(articles.get(articles.size() - 1)).build().toString())
                    .build();
        });
    }

    /** An attachment's content, with its type and file name. */
    @GET
    @Path("{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    public Response attachment(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        return api.call(headers, false, caller -> {
            Attachment attachment = caller.agent() ? tickets.attachment(attachmentId) : customerTickets.attachment(attachmentId);
            if (attachment.getArticle().getTicket().getId() != id) {
                throw new ApiProblem(404, "not_found", "Not found");
            }
            return Response.ok(attachment.getContent(), mediaType(attachment.getContentType()))
                    .header("Content-Disposition", "attachment; filename=\"" + attachment.getFilename().replaceAll("[\"\\\\\\r\\n]", "_") + "\"")
                    .header("X-Content-Type-Options", "nosniff").build();
        });
    }

    /** The attachment's type, or {@code application/octet-stream} when it is none a response can carry. */
    private static MediaType mediaType(String contentType) {
        try {
            return MediaType.valueOf(contentType);
        } catch (IllegalArgumentException e) {
            return MediaType.APPLICATION_OCTET_STREAM_TYPE;
        }
    }

    private Ticket ticket(ApiSessions.Caller caller, long id) {
        return caller.agent() ? tickets.get(id) : customerTickets.get(id);
    }

    private static Response ticket(Ticket ticket, Response.ResponseBuilder response) {
        return response.tag(etag(ticket)).type(MediaType.APPLICATION_JSON).entity(V1Json.ticket(ticket).build().toString()).build();
    }

    private static EntityTag etag(Ticket ticket) {
        return new EntityTag(String.valueOf(ticket.getVersion()));
    }

    private Long customerId(String login) {
        if (login == null) {
            return null;
        }
        return customers.byLogin(login).map(CustomerUser::getId)
                .orElseThrow(() -> new ApiProblem(422, "invalid", "customer: no customer with the login " + login));
    }

    private static Long idOf(BaseEntity entity) {
        return entity == null ? null : entity.getId();
    }

    private static Channel channel(V1Request request, Channel otherwise) {
        Channel channel = request.choice("channel", Channel.class);
        return channel == null ? otherwise : channel;
    }
}
