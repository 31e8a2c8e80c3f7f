package org.helpdesk.ticket;

import java.io.Serializable;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What is needed to write an article: who it comes from, through which channel, whether the
 * customer may read it, and the message itself.
 */
public record NewArticle(
        @NotNull(message = "{validation.required}") SenderType sender,
        @NotNull(message = "{validation.required}") Channel channel,
        boolean visibleForCustomer,
        @Size(max = 500, message = "{validation.tooLong}") String from,
        @Size(max = 2000, message = "{validation.tooLong}") String to,
        @Size(max = 2000, message = "{validation.tooLong}") String cc,
        @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.tooLong}") String subject,
        @NotBlank(message = "{validation.required}") String body,
        String bodyHtml,
        @NotNull @Valid List<NewAttachment> attachments,
        @NotNull MailSecurityRequest security) implements Serializable {

    /** An article whose e-mail, if any, is signed as the ticket's queue says. */
    public NewArticle(SenderType sender, Channel channel, boolean visibleForCustomer, String from, String to, String cc,
            String subject, String body, String bodyHtml, List<NewAttachment> attachments) {
        this(sender, channel, visibleForCustomer, from, to, cc, subject, body, bodyHtml, attachments,
                MailSecurityRequest.AS_THE_QUEUE_SAYS);
    }

    /** An internal note by an agent: not visible to the customer. */
    public static NewArticle note(String subject, String body) {
        return new NewArticle(SenderType.AGENT, Channel.INTERNAL, false, null, null, null, subject, body, null, List.of());
    }

    /** An agent's answer to the customer, shown in the portal (and sent by e-mail once that channel exists). */
    public static NewArticle reply(String subject, String body) {
        return new NewArticle(SenderType.AGENT, Channel.WEB, true, null, null, null, subject, body, null, List.of());
    }

    /** What a customer reported on the phone, written down by an agent. */
    public static NewArticle phoneFromCustomer(String subject, String body) {
        return new NewArticle(SenderType.CUSTOMER, Channel.PHONE, true, null, null, null, subject, body, null, List.of());
    }

    /** An e-mail an agent writes to the customer (delivered by the e-mail channel). */
    public static NewArticle emailToCustomer(String to, String subject, String body) {
        return new NewArticle(SenderType.AGENT, Channel.EMAIL, true, null, to, null, subject, body, null, List.of());
    }

    /** A phone call the agent made to the customer, written down. */
    public static NewArticle phoneToCustomer(String subject, String body) {
        return new NewArticle(SenderType.AGENT, Channel.PHONE, true, null, null, null, subject, body, null, List.of());
    }

    /** The same article, kept from the customer: an internal note. */
    public NewArticle hiddenFromCustomer() {
        return new NewArticle(sender, channel, false, from, to, cc, subject, body, bodyHtml, attachments, security);
    }

    /**
     * Whether this is an agent answering the customer: a reply, an e-mail or a phone call to the
     * customer, but not an internal note and not what the customer said (OTRS's answer screens,
     * which lock the ticket to the agent).
     */
    public boolean isAnswer() {
        return sender == SenderType.AGENT && visibleForCustomer && channel != Channel.INTERNAL;
    }

    public NewArticle withAttachments(List<NewAttachment> files) {
        return new NewArticle(sender, channel, visibleForCustomer, from, to, cc, subject, body, bodyHtml, files, security);
    }

    /** The same article, its e-mail signed and/or encrypted as asked. */
    public NewArticle withSecurity(MailSecurityRequest request) {
        return new NewArticle(sender, channel, visibleForCustomer, from, to, cc, subject, body, bodyHtml, attachments, request);
    }
}
