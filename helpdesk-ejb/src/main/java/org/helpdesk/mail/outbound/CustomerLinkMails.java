package org.helpdesk.mail.outbound;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.helpdesk.customer.CustomerLinkIssued;
import org.helpdesk.customer.CustomerUser;
import org.helpdesk.shared.Messages;

/** Mails a customer the link they were issued, in their language, queued in the issuing transaction. */
@ApplicationScoped
public class CustomerLinkMails {

    @Inject
    MailOutbox outbox;

    void onLinkIssued(@Observes(during = TransactionPhase.IN_PROGRESS) CustomerLinkIssued issued) {
        String textKey = switch (issued.reason()) {
            case CONFIRM_REGISTRATION -> "registration.mail";
            case REGISTRATION_ATTEMPT -> "registration.existing.mail";
            case PASSWORD_RESET -> "reset.mail";
        };
        CustomerUser customer = issued.customer();
        Locale locale = Locale.forLanguageTag(customer.getLanguage());
        outbox.send(customer.getEmail(), Messages.format(locale, textKey + ".subject"),
                Messages.format(locale, textKey + ".body", customer.getFirstName(), issued.link()));
    }
}
