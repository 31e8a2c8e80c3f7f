package org.helpdesk.mail.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.helpdesk.agent.AgentGroup;
import org.helpdesk.queue.Queue;
import org.junit.jupiter.api.Test;

class StandardAutoResponsesTest {

    private final Queue queue = new Queue("Impresoras", new AgentGroup("soporte"), 1);

    @Test
    void aNewQueueGetsEveryOccasionInEveryLanguage() {
        List<AutoResponse> responses = StandardAutoResponses.of(queue);
        assertEquals(Set.of("NEW_TICKET/es", "NEW_TICKET/en", "FOLLOW_UP_REJECTED/es", "FOLLOW_UP_REJECTED/en"),
                responses.stream().map(r -> r.getKind() + "/" + r.getLanguage()).collect(Collectors.toSet()));
        for (AutoResponse response : responses) {
            assertSame(queue, response.getQueue());
            assertTrue(response.isValid());
            assertTrue(response.getBody().contains("{{ticket.number}}"), response.getBody());
            assertTrue(response.getSubject().contains("{{ticket.title}}"), response.getSubject());
        }
    }

    @Test
    void theTextsAreThoseOfTheShippedQueues() throws IOException {
        String shipped;
        try (InputStream in = getClass().getResourceAsStream("/db/migration/V7__mail_inbound.sql")) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        }
        for (AutoResponse response : StandardAutoResponses.of(queue)) {
            assertTrue(shipped.contains("'" + response.getSubject() + "'"), response.getSubject());
            assertTrue(shipped.contains("'" + response.getBody() + "'"), response.getBody());
        }
    }
}
