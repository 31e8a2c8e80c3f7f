package org.helpdesk.api.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.helpdesk.api.mapping.ApiMapping.Kind;
import org.helpdesk.shared.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The simple mapping renames keys at any depth and replaces values; its lines are checked. */
class MappingTest {

    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private static MappingRules simple(String keys, String values) {
        return MappingRules.of(Kind.SIMPLE, keys, values, null);
    }

    @Test
    void keysAreRenamedAtAnyDepthAndValuesReplacedUnderTheirNewKey() throws Exception {
        Mapping mapping = simple("""
                # ticket fields in Spanish
                Titulo = Title
                Prioridad = Priority
                Asunto = Subject
                """, "Priority: alta = 4 high\nPriority: baja = 2 low").compile();
        JsonObject data = Json.createObjectBuilder()
                .add("Ticket", Json.createObjectBuilder().add("Titulo", "Sin red").add("Prioridad", "alta").add("Queue", "alta"))
                .add("Article", Json.createArrayBuilder().add(Json.createObjectBuilder().add("Asunto", "Sin red"))).build();
        assertEquals(Json.createObjectBuilder()
                .add("Ticket", Json.createObjectBuilder().add("Title", "Sin red").add("Priority", "4 high").add("Queue", "alta"))
                .add("Article", Json.createArrayBuilder().add(Json.createObjectBuilder().add("Subject", "Sin red"))).build(),
                mapping.apply(data, "TicketCreate", executor));
    }

    @Test
    void aLineThatIsNoMappingIsRefusedWithItsNumber() {
        ValidationException keys = assertThrows(ValidationException.class, () -> simple("Titulo = Title\nAsunto", null).compile());
        assertEquals("keyMap", keys.getErrors().get(0).field());
        assertEquals(2, keys.getErrors().get(0).arguments()[0]);
        ValidationException name = assertThrows(ValidationException.class, () -> simple("TicketNumber = Número de ticket", null).compile());
        assertEquals(1, name.getErrors().get(0).arguments()[0], "a key SOAP could not carry");
        ValidationException values = assertThrows(ValidationException.class, () -> simple(null, "alta = 4 high").compile());
        assertEquals("valueMap", values.getErrors().get(0).field());
        assertThrows(ValidationException.class, () -> MappingRules.of(Kind.XSLT, null, null, " ").compile());
    }

    @Test
    void noMappingLeavesTheDataAlone() throws Exception {
        JsonObject data = Json.createObjectBuilder().add("Titulo", "x").build();
        assertEquals(data, MappingRules.NONE.compile().apply(data, null, executor));
    }
}
