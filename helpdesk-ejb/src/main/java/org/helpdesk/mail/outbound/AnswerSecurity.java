package org.helpdesk.mail.outbound;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.helpdesk.mail.crypto.OutgoingSecurity;
import org.helpdesk.shared.CryptoMethod;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketService;

/**
 * What the zoom's answer form offers for signing and encrypting an answer to a ticket's customer: whether
 * the desk can sign as the queue's sender with S/MIME and with PGP, whether the customer has a certificate or
 * key to encrypt to, and the queue's default. Only for agents who may read the ticket.
 */
@Stateless
@RolesAllowed("agent")
public class AnswerSecurity {

    @EJB
    TicketService tickets;

    @Inject
    OutgoingSecurity security;

    @Inject
    OutboxMime mime;

    /** What can be done for an answer; {@code missingKey} names the recipient without a key for that method. */
    public record Options(CryptoMethod queueDefault, String sender, String recipient, boolean smimeSign, boolean pgpSign,
            boolean smimeEncrypt, boolean pgpEncrypt) implements Serializable {

        private static final long serialVersionUID = 1L;

        public boolean canSign(CryptoMethod method) {
            return method == CryptoMethod.SMIME ? smimeSign : method == CryptoMethod.PGP && pgpSign;
        }

        public boolean canEncrypt(CryptoMethod method) {
            return method == CryptoMethod.SMIME ? smimeEncrypt : method == CryptoMethod.PGP && pgpEncrypt;
        }
    }

    public Options options(long ticketId) {
        Ticket ticket = tickets.get(ticketId);
        String sender = mime.senderAddress(ticket.getQueue().getSystemAddress());
        String recipient = ticket.getCustomer() == null ? null : ticket.getCustomer().getEmail();
        List<String> to = recipient == null || recipient.isBlank() ? List.of() : List.of(recipient);
        boolean anyone = !to.isEmpty();
        return new Options(ticket.getQueue().getSignMethod(), sender, recipient,
                sender != null && security.canSign(CryptoMethod.SMIME, sender), sender != null && security.canSign(CryptoMethod.PGP, sender),
                anyone && security.withoutKey(CryptoMethod.SMIME, to).isEmpty(), anyone && security.withoutKey(CryptoMethod.PGP, to).isEmpty());
    }
}
