package org.helpdesk.web.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.helpdesk.shared.Messages;
import org.helpdesk.ticket.HistoryType;
import org.helpdesk.web.shared.Labels;
import org.junit.jupiter.api.Test;

/**
 * History entries as stored by {@code Ticket} (internal state names, priority levels, ISO instants)
 * read in Spanish and in English. The state and type names come from the real resource bundles,
 * the priority names are those the fresh install seeds.
 */
class HistoryDetailTest {

    private static final Locale ES = Messages.DEFAULT_LOCALE;
    private static final Locale EN = Locale.ENGLISH;
    private static final Map<Integer, String> PRIORITIES_ES = Map.of(1, "1 muy baja", 2, "2 baja", 3, "3 normal", 4, "4 alta",
            5, "5 muy alta");
    private static final Map<Integer, String> PRIORITIES_EN = Map.of(1, "1 very low", 2, "2 low", 3, "3 normal", 4, "4 high",
            5, "5 very high");
    private static final DateTimeFormatter DESK_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("America/Lima"));

    private static HistoryDetail in(Locale locale) {
        Map<Integer, String> priorities = locale.equals(EN) ? PRIORITIES_EN : PRIORITIES_ES;
        return new HistoryDetail(name -> Labels.stateName(locale, name), name -> Labels.typeName(locale, name),
                level -> priorities.getOrDefault(level, String.valueOf(level)), DESK_TIME::format,
                Messages.format(locale, "history.detail.nobody"));
    }

    @Test
    void stateChangesReadInTheReadersLanguage() {
        assertEquals("nuevo → abierto", in(ES).format(HistoryType.STATE_UPDATE, "new → open"));
        assertEquals("abierto → cerrado con éxito", in(ES).format(HistoryType.STATE_UPDATE, "open → closed successful"));
        assertEquals("abierto → pendiente de recordatorio", in(ES).format(HistoryType.STATE_UPDATE, "open → pending reminder"));
        assertEquals("open → closed successful", in(EN).format(HistoryType.STATE_UPDATE, "open → closed successful"));
    }

    @Test
    void aStateTheAdministratorNamedStaysAsNamed() {
        assertEquals("abierto → En espera del proveedor",
                in(ES).format(HistoryType.STATE_UPDATE, "open → En espera del proveedor"));
    }

    @Test
    void priorityChangesShowThePrioritiesNamesAndKeepTheReason() {
        assertEquals("1 muy baja → 2 baja", in(ES).format(HistoryType.PRIORITY_UPDATE, "1 → 2"));
        assertEquals("3 normal → 5 muy alta: el gerente no puede facturar",
                in(ES).format(HistoryType.PRIORITY_UPDATE, "3 → 5: el gerente no puede facturar"));
        assertEquals("2 low → 4 high: 3 → 4 said the boss", in(EN).format(HistoryType.PRIORITY_UPDATE, "2 → 4: 3 → 4 said the boss"));
    }

    @Test
    void typeChangesReadInTheReadersLanguage() {
        assertEquals("Incidente → Solicitud de servicio", in(ES).format(HistoryType.TYPE_UPDATE, "Incident → Service request"));
        assertEquals("Incident → Problem", in(EN).format(HistoryType.TYPE_UPDATE, "Incident → Problem"));
    }

    @Test
    void aNewTicketShowsItsPriorityAndStateByName() {
        assertEquals("2026061010000017 | Soporte Técnico (N1) | 2 baja | nuevo",
                in(ES).format(HistoryType.NEW_TICKET, "2026061010000017 | Soporte Técnico (N1) | 2 | new"));
        assertEquals("2026061010000017 | Soporte Técnico (N1) | 2 low | new",
                in(EN).format(HistoryType.NEW_TICKET, "2026061010000017 | Soporte Técnico (N1) | 2 | new"));
    }

    @Test
    void timesAreShownAsTheDeskShowsThem() {
        assertEquals("10/06/2026 09:30", in(ES).format(HistoryType.SET_PENDING_TIME, "2026-06-10T14:30:00Z"));
        assertEquals("10/06/2026 09:30", in(EN).format(HistoryType.ESCALATION, Instant.parse("2026-06-10T14:30:00Z").toString()));
    }

    @Test
    void aRemovedOwnerReadsAsNobody() {
        assertEquals("(nadie)", in(ES).format(HistoryType.OWNER_UPDATE, "-"));
        assertEquals("(nobody)", in(EN).format(HistoryType.RESPONSIBLE_UPDATE, "-"));
        assertEquals("mrojas", in(ES).format(HistoryType.OWNER_UPDATE, "mrojas"));
    }

    @Test
    void queuesSubjectsAndWhatIsNotRecognisedStayAsStored() {
        assertEquals("Soporte Técnico (N1) → Consultoría TI (N2)",
                in(ES).format(HistoryType.MOVE, "Soporte Técnico (N1) → Consultoría TI (N2)"));
        assertEquals("Re: closed successful", in(ES).format(HistoryType.SEND_ANSWER, "Re: closed successful"));
        assertEquals("alta → baja", in(ES).format(HistoryType.PRIORITY_UPDATE, "alta → baja"));
        assertEquals("mañana", in(ES).format(HistoryType.SET_PENDING_TIME, "mañana"));
        assertEquals("2026 | N1", in(ES).format(HistoryType.NEW_TICKET, "2026 | N1"));
        assertNull(in(ES).format(HistoryType.UNLOCK, null));
    }
}
