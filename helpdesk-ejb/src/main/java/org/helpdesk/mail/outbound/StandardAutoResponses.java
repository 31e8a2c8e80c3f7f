package org.helpdesk.mail.outbound;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.queue.Queue;
import org.helpdesk.queue.QueueCreated;
import org.helpdesk.shared.Messages;

/**
 * The auto-responses every new queue starts with: one for each occasion and supported language,
 * with the texts of the resource bundles ({@code autoResponse.standard.<KIND>.subject} and
 * {@code .body}), so that a customer hears from a new queue as from the shipped ones. The
 * administrator changes them afterwards like any other.
 */
@ApplicationScoped
public class StandardAutoResponses {

    @PersistenceContext
    EntityManager em;

    /** Gives a new queue the standard auto-responses, in the creating transaction. */
    void onQueueCreated(@Observes(during = TransactionPhase.IN_PROGRESS) QueueCreated created) {
        of(created.queue()).forEach(em::persist);
    }

    /** The standard auto-responses of a queue, not stored. */
    static List<AutoResponse> of(Queue queue) {
        List<AutoResponse> responses = new ArrayList<>();
        for (AutoResponseKind kind : AutoResponseKind.values()) {
            for (Locale locale : Messages.SUPPORTED_LOCALES) {
                String key = "autoResponse.standard." + kind.name();
                responses.add(new AutoResponse(queue, kind, locale.getLanguage(), Messages.format(locale, key + ".subject"),
                        Messages.format(locale, key + ".body")));
            }
        }
        return responses;
    }
}
