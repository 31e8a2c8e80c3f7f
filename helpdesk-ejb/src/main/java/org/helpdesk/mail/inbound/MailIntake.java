package org.helpdesk.mail.inbound;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.agent.Agent;
import org.helpdesk.customer.CustomerUser;
import org.helpdesk.mail.crypto.CryptoException;
import org.helpdesk.mail.crypto.MailKeys;
import org.helpdesk.mail.crypto.SecureMime;
import org.helpdesk.mail.mime.LoopGuard;
import org.helpdesk.mail.mime.MailAddresses;
import org.helpdesk.mail.mime.MailParser;
import org.helpdesk.mail.mime.ParsedMail;
import org.helpdesk.mail.mime.Subjects;
import org.helpdesk.mail.mime.UnparsableMailException;
import org.helpdesk.mail.outbound.AutoResponder;
import org.helpdesk.mail.outbound.AutoResponseKind;
import org.helpdesk.queue.Queue;
import org.helpdesk.queue.SystemAddress;
import org.helpdesk.settings.Settings;
import org.helpdesk.shared.Counters;
import org.helpdesk.shared.DeskSettings;
import org.helpdesk.shared.Messages;
import org.helpdesk.shared.Stamp;
import org.helpdesk.ticket.Arrival;
import org.helpdesk.ticket.Article;
import org.helpdesk.ticket.ArticleSecurity;
import org.helpdesk.ticket.Channel;
import org.helpdesk.ticket.FollowUps;
import org.helpdesk.ticket.NewArticle;
import org.helpdesk.ticket.NewAttachment;
import org.helpdesk.ticket.SenderType;
import org.helpdesk.ticket.StateType;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketOpening;
import org.helpdesk.ticket.TicketStates;
import org.helpdesk.ticket.TicketType;

/**
 * The PostMaster: turns one received message into a new ticket or a follow-up, in a transaction of
 * its own, and records it (see {@link InboundMail}). A Message-ID seen before is not handled again.
 * Follow-ups are found by the ticket number in the subject ({@code [Ticket#...]}), then by
 * In-Reply-To/References against the Message-IDs of the ticket's articles; a follow-up from a sender
 * who is not entitled to it goes where the queue's {@link org.helpdesk.queue.UnknownSenderPolicy}
 * says. PostMaster filters may set queue, priority and type of a new ticket or ignore the message;
 * a message that cannot be read is quarantined with its raw source.
 */
@Stateless
@PermitAll
public class MailIntake {

    /**
     * The priority of a ticket opened by mail, unless a filter sets one: 2, first-line support's
     * range (priorities 3 to 5 go to the consultants by the shipped escalation rule).
     */
    static final int DEFAULT_PRIORITY = 2;

    @PersistenceContext
    EntityManager em;

    @Inject
    DeskSettings settings;

    @Inject
    Counters counters;

    @Inject
    Settings configuration;

    @Inject
    TicketOpening opening;

    @Inject
    TicketStates states;

    @Inject
    FollowUps followUps;

    @Inject
    AutoResponder autoResponder;

    @Inject
    Clock clock;

    @Inject
    MailKeys keys;

    /** What happened to a message; {@code duplicate} when it had been received before. */
    public record Receipt(String messageId, InboundStatus status, String ticketNumber, boolean duplicate) {
    }

    /** Handles the raw message fetched from {@code accountId}'s mailbox; committed when this returns. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Receipt receive(Long accountId, byte[] raw) {
        ParsedMail mail;
        String problem = null;
        SecureMime.Opened opened = null;
        try {
            mail = MailParser.parse(raw);
            opened = SecureMime.open(raw, mail.fromAddress(), keys, settings.maxMailBytes());
            if (opened.secured()) {
                mail = MailParser.parse(opened.message());
            }
        } catch (UnparsableMailException | CryptoException e) {
            mail = null;
            problem = e.getMessage();
        }
        String messageId = mail != null ? mail.messageId() : MailParser.messageIdOf(raw);
        InboundMail seen = find(messageId);
        if (seen != null) {
            return receipt(seen, true);
        }
        MailAccount account = accountId == null ? null : em.find(MailAccount.class, accountId);
        InboundMail record = new InboundMail(messageId, account, mail == null ? null : mail.fromAddress(),
                mail == null ? null : mail.subject(), raw.length, clock.instant());
        if (mail == null) {
            record.quarantine(problem, raw);
        } else {
            handle(record, mail, Received.of(opened, raw));
        }
        return receipt(store(record), false);
    }

    /** How a message came secured: its signature's check, and the original when it came encrypted. */
    private record Received(ArticleSecurity security, byte[] encryptedOriginal) {

        static final Received PLAIN = new Received(null, null);

        static Received of(SecureMime.Opened opened, byte[] raw) {
            if (opened == null || !opened.secured()) {
                return PLAIN;
            }
            SecureMime.SignatureCheck signature = opened.signature();
            return new Received(ArticleSecurity.received(opened.method(), signature == null ? null : signature.status(),
                    signature == null ? null : signature.signer(), opened.encrypted()), opened.encrypted() ? raw : null);
        }

        /** The article of the message: marked with its security, the encrypted original kept as a file of it. */
        NewArticle keepOriginal(NewArticle content) {
            if (encryptedOriginal == null) {
                return content;
            }
            List<NewAttachment> files = new ArrayList<>(content.attachments());
            files.add(new NewAttachment(ENCRYPTED_ORIGINAL, "message/rfc822", encryptedOriginal, null));
            return content.withAttachments(files);
        }

        void mark(Article article) {
            if (security != null) {
                article.secured(security);
            }
        }
    }

    /** The file name under which an encrypted message's original is kept on its (decrypted) article. */
    public static final String ENCRYPTED_ORIGINAL = "original-cifrado.eml";

    /**
     * Records a message that could not be handled for a reason outside the message's parsing (the
     * handling failed): it is quarantined so that it is neither lost nor fetched forever.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Receipt quarantine(Long accountId, byte[] raw, String reason) {
        String messageId = MailParser.messageIdOf(raw);
        InboundMail seen = find(messageId);
        if (seen != null) {
            return receipt(seen, true);
        }
        InboundMail record = new InboundMail(messageId, accountId == null ? null : em.find(MailAccount.class, accountId),
                null, null, raw.length, clock.instant());
        record.quarantine(reason, raw);
        return receipt(store(record), false);
    }

    /**
     * What committed transactions recorded for these Message-IDs: the messages of a mailbox that an
     * earlier poll stored, in a transaction of its own (so only what is committed counts).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Map<String, InboundStatus> recorded(Collection<String> messageIds) {
        Map<String, InboundStatus> recorded = new HashMap<>();
        if (!messageIds.isEmpty()) {
            em.createNamedQuery("InboundMail.byMessageIds", Object[].class)
                    .setParameter("messageIds", messageIds.stream().map(id -> InboundMail.cut(id, 500)).toList())
                    .getResultList().forEach(row -> recorded.put((String) row[0], (InboundStatus) row[1]));
        }
        return recorded;
    }

    /** Stores the record of a received message and counts it by what became of it (see /api/metrics). */
    private InboundMail store(InboundMail record) {
        em.persist(record);
        counters.increment("mail_received." + record.getStatus().name());
        return record;
    }

    /** Records a message too large to fetch; it stays in the mailbox. Recorded once. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Receipt tooLarge(Long accountId, String messageId, String from, String subject, long size) {
        InboundMail seen = find(messageId);
        if (seen != null) {
            return receipt(seen, true);
        }
        InboundMail record = new InboundMail(messageId, accountId == null ? null : em.find(MailAccount.class, accountId),
                from, subject, size, clock.instant());
        record.tooLarge(settings.maxMailBytes());
        return receipt(store(record), false);
    }

    /** Notes the time and outcome of a poll on the account; {@code error} is null when it went well. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void polled(long accountId, String error) {
        MailAccount account = em.find(MailAccount.class, accountId);
        if (account != null) {
            account.polled(clock.instant(), error);
        }
    }

    /** Handles a quarantined message again (after an upgrade, say), in the caller's transaction. */
    public Receipt reprocess(InboundMail record) {
        ParsedMail mail;
        SecureMime.Opened opened;
        try {
            mail = MailParser.parse(record.getRaw());
            opened = SecureMime.open(record.getRaw(), mail.fromAddress(), keys, settings.maxMailBytes());
            if (opened.secured()) {
                mail = MailParser.parse(opened.message());
            }
        } catch (UnparsableMailException | CryptoException e) {
            record.quarantine(e.getMessage(), record.getRaw());
            return receipt(record, false);
        }
        handle(record, mail, Received.of(opened, record.getRaw()));
        return receipt(record, false);
    }

    private void handle(InboundMail record, ParsedMail mail, Received received) {
        PostmasterFilters.Outcome filtered = PostmasterFilters.apply(
                em.createNamedQuery("PostmasterFilter.valid", PostmasterFilter.class).getResultList(), mail);
        if (filtered.ignoredBy() != null) {
            record.ignored(filtered.ignoredBy());
            return;
        }
        CustomerUser customer = customerFor(mail);
        Stamp stamp = new Stamp(mail.fromAddress(), clock.instant());
        NewArticle content = received.keepOriginal(articleOf(mail));
        Ticket existing = followUpTarget(mail);
        if (existing != null && !entitled(existing, mail)) {
            switch (existing.getQueue().getUnknownSenderPolicy()) {
                case REJECT -> {
                    record.handled(InboundStatus.REJECTED, existing);
                    return;
                }
                case NOTE -> {
                    Article note = followUps.keepAsNote(existing, content, arrivalOf(mail), stamp);
                    thread(note, mail);
                    received.mark(note);
                    record.handled(InboundStatus.FOLLOW_UP, existing);
                    return;
                }
                case NEW_TICKET -> existing = null;
            }
        }
        if (existing != null) {
            if (FollowUps.refuses(existing)) {
                record.handled(InboundStatus.REJECTED, existing);
                autoResponder.respond(AutoResponseKind.FOLLOW_UP_REJECTED, existing, arrivalOf(mail));
                return;
            }
            Article article = followUps.receive(existing, customer, content, arrivalOf(mail), stamp);
            thread(article, mail);
            received.mark(article);
            record.handled(article.getTicket() == existing ? InboundStatus.FOLLOW_UP : InboundStatus.NEW_TICKET, article.getTicket());
            return;
        }
        Queue queue = filtered.queue() != null ? filtered.queue() : queueFor(mail, record.getAccount());
        TicketType type = filtered.type() != null ? filtered.type()
                : em.createQuery("SELECT t FROM TicketType t WHERE t.valid = TRUE ORDER BY t.id", TicketType.class)
                        .setMaxResults(1).getSingleResult();
        Ticket ticket = opening.open(new TicketOpening.Opening(title(mail), queue, states.ofType(StateType.NEW),
                filtered.priority() != null ? filtered.priority() : DEFAULT_PRIORITY, type, customer, content, null, null, null,
                arrivalOf(mail)), stamp);
        thread(ticket.getFirstArticle(), mail);
        received.mark(ticket.getFirstArticle());
        record.handled(InboundStatus.NEW_TICKET, ticket);
    }

    /** What an answer to the message needs: its sender, Message-ID and References, and whether a machine sent it. */
    private static Arrival arrivalOf(ParsedMail mail) {
        return Arrival.mail(mail.fromAddress(), mail.messageId(), mail.references(), LoopGuard.isAutomatic(mail));
    }

    /** The ticket a message answers: by the number in the subject, then by the messages it refers to. */
    private Ticket followUpTarget(ParsedMail mail) {
        Ticket byNumber = ticketByNumber(mail);
        return byNumber != null ? byNumber : ticketByReference(mail);
    }

    private Ticket ticketByNumber(ParsedMail mail) {
        Matcher tag = Pattern.compile("\\[" + Pattern.quote(configuration.current().getTicketHook()) + "\\s*(\\d+)]",
                Pattern.CASE_INSENSITIVE).matcher(mail.subject());
        while (tag.find()) {
            List<Ticket> found = em.createNamedQuery("Ticket.byNumber", Ticket.class).setParameter("number", tag.group(1))
                    .getResultList();
            if (!found.isEmpty() && found.get(0).getState().getType() != StateType.REMOVED) {
                return found.get(0);
            }
        }
        return null;
    }

    private Ticket ticketByReference(ParsedMail mail) {
        Set<String> ids = new LinkedHashSet<>(mail.references());
        if (mail.inReplyTo() != null) {
            ids.add(mail.inReplyTo());
        }
        if (ids.isEmpty()) {
            return null;
        }
        return em.createNamedQuery("Article.ticketsOfMessages", Ticket.class).setParameter("messageIds", ids)
                .setMaxResults(1).getResultStream().filter(t -> t.getState().getType() != StateType.REMOVED)
                .findFirst().orElse(null);
    }

    /**
     * Whether the message may follow the ticket up: it answers one of the ticket's messages, or its
     * sender is the ticket's customer, a customer user of the same company, an agent, or an address
     * already on the ticket (From, To or Cc of its articles). A ticket number alone is easy to guess.
     */
    private boolean entitled(Ticket ticket, ParsedMail mail) {
        String sender = mail.fromAddress().toLowerCase(Locale.ROOT);
        CustomerUser customer = ticket.getCustomer();
        if (ticket.equals(ticketByReference(mail)) || customer != null && sender.equalsIgnoreCase(customer.getEmail())) {
            return true;
        }
        if (customer != null && customer.getCompany() != null && em.createNamedQuery("CustomerUser.byEmail", CustomerUser.class)
                .setParameter("email", CustomerUser.emailKey(sender)).getResultStream().anyMatch(c -> customer.getCompany().equals(c.getCompany()))) {
            return true;
        }
        if (!em.createNamedQuery("Agent.byEmail", Agent.class).setParameter("email", sender).setMaxResults(1)
                .getResultList().isEmpty()) {
            return true;
        }
        return em.createNamedQuery("Article.addressesOfTicket", Object[].class).setParameter("ticket", ticket)
                .getResultStream().flatMap(Arrays::stream).filter(Objects::nonNull)
                .anyMatch(header -> MailAddresses.bareAddresses((String) header).contains(sender));
    }

    /** The queue of the system address the message was written to, when the account dispatches so; else the account's. */
    private Queue queueFor(ParsedMail mail, MailAccount account) {
        if (account == null || account.isDispatchByRecipient()) {
            List<String> recipients = new ArrayList<>(mail.to());
            recipients.addAll(mail.cc());
            if (!recipients.isEmpty()) {
                List<SystemAddress> addresses = em.createNamedQuery("SystemAddress.validIn", SystemAddress.class)
                        .setParameter("emails", recipients).getResultList();
                for (String recipient : recipients) {
                    for (SystemAddress address : addresses) {
                        if (address.getEmail().equals(recipient)) {
                            return address.getQueue();
                        }
                    }
                }
            }
        }
        if (account != null) {
            return account.getQueue();
        }
        return em.createNamedQuery("Queue.valid", Queue.class).setMaxResults(1).getSingleResult();
    }

    /** The customer user with the sender's address, or a new one made from the sender. */
    private CustomerUser customerFor(ParsedMail mail) {
        String email = mail.fromAddress();
        List<CustomerUser> known = em.createNamedQuery("CustomerUser.byEmail", CustomerUser.class)
                .setParameter("email", CustomerUser.emailKey(email))
                .getResultList();
        if (!known.isEmpty()) {
            return known.stream().filter(CustomerUser::isValid).findFirst().orElse(known.get(0));
        }
        String login = email;
        for (int n = 2; !em.createNamedQuery("CustomerUser.byLogin", CustomerUser.class).setParameter("login", login)
                .getResultList().isEmpty(); n++) {
            login = email + "#" + n;
        }
        String name = mail.fromName() == null || mail.fromName().isBlank() ? email.substring(0, email.indexOf('@'))
                : mail.fromName().trim();
        int space = name.lastIndexOf(' ');
        CustomerUser customer = new CustomerUser(InboundMail.cut(login, 200), InboundMail.cut(email, 250),
                InboundMail.cut(space > 0 ? name.substring(0, space) : name, 100), InboundMail.cut(space > 0 ? name.substring(space + 1) : "", 100),
                null);
        em.persist(customer);
        return customer;
    }

    private static NewArticle articleOf(ParsedMail mail) {
        String from = mail.fromName() == null || mail.fromName().isBlank() ? mail.fromAddress()
                : "\"" + mail.fromName().replace("\"", "") + "\" <" + mail.fromAddress() + ">";
        String body = mail.text() == null || mail.text().isBlank()
                ? Messages.format(Messages.DEFAULT_LOCALE, "mail.noText") : mail.text();
        List<NewAttachment> files = mail.attachments().stream()
                .map(a -> new NewAttachment(InboundMail.cut(a.filename(), 250), InboundMail.cut(a.contentType(), 250), a.content(), InboundMail.cut(a.contentId(), 250)))
                .toList();
        return new NewArticle(SenderType.CUSTOMER, Channel.EMAIL, true, InboundMail.cut(from, 500), InboundMail.cut(String.join(", ", mail.to()), 2000),
                InboundMail.cut(String.join(", ", mail.cc()), 2000), InboundMail.cut(subjectOf(mail), 500), body, mail.html(), files);
    }

    private static void thread(Article article, ParsedMail mail) {
        article.thread(InboundMail.cut(mail.messageId(), 500), InboundMail.cut(mail.inReplyTo(), 500),
                mail.references().isEmpty() ? null : String.join(" ", mail.references()));
    }

    private static String subjectOf(ParsedMail mail) {
        return mail.subject().isBlank() ? Messages.format(Messages.DEFAULT_LOCALE, "mail.noSubject") : mail.subject();
    }

    /** The subject without the ticket tag and reply prefixes, as the new ticket's title. */
    private String title(ParsedMail mail) {
        String title = Subjects.title(subjectOf(mail), configuration.current().getTicketHook());
        return InboundMail.cut(title.isEmpty() ? subjectOf(mail) : title, 255);
    }

    private InboundMail find(String messageId) {
        return em.createNamedQuery("InboundMail.byMessageId", InboundMail.class).setParameter("messageId", InboundMail.cut(messageId, 500))
                .getResultStream().findFirst().orElse(null);
    }

    private static Receipt receipt(InboundMail record, boolean duplicate) {
        return new Receipt(record.getMessageId(), record.getStatus(),
                record.getTicket() == null ? null : record.getTicket().getNumber(), duplicate);
    }
}
