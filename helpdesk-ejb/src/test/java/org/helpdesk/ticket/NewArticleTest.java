package org.helpdesk.ticket;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class NewArticleTest {

    @Test
    void repliesMailsAndCallsToTheCustomerAreAnswers() {
        assertTrue(NewArticle.reply("Re", "Hola").isAnswer());
        assertTrue(NewArticle.emailToCustomer("lucia@net7.pe", "Re", "Hola").isAnswer());
        assertTrue(NewArticle.phoneToCustomer("Llamada", "Confirmó").isAnswer());
    }

    @Test
    void notesAndWhatTheCustomerSaidAreNot() {
        assertFalse(NewArticle.note("Nota", "interno").isAnswer());
        assertFalse(NewArticle.phoneFromCustomer("Llamada", "No hay red").isAnswer());
        assertFalse(new NewArticle(SenderType.CUSTOMER, Channel.EMAIL, true, "lucia@net7.pe", null, null, "Re", "Gracias", null,
                List.of()).isAnswer());
        // an agent's article the customer cannot read is a note, whatever its channel
        assertFalse(new NewArticle(SenderType.AGENT, Channel.PHONE, false, null, null, null, "Llamada", "interna", null,
                List.of()).isAnswer());
    }
}
