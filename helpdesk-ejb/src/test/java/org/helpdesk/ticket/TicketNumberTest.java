package org.helpdesk.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TicketNumberTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);

    @Test
    void dateSystemIdCounterAndCheckDigit() {
        // 2,0,2,6,1,1,2,6,1,0,0,0,0,0,1 weighted 1,2,1,2...: sum 35, so the check digit is 10 - 5 = 5
        assertEquals("2026112610000015", TicketNumber.of(DAY, 10, 1));
        assertEquals("202611261001234", TicketNumber.of(DAY, 10, 1234).substring(0, 15));
    }

    @Test
    void checkDigitTenBecomesOne() {
        // find a counter whose weighted sum is a multiple of ten
        for (long counter = 1; counter < 20; counter++) {
            String number = TicketNumber.of(DAY, 10, counter);
            String digits = number.substring(0, 15);
            int sum = 0;
            for (int i = 0; i < digits.length(); i++) {
                sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 2);
            }
            if (sum % 10 == 0) {
                assertEquals('1', number.charAt(15));
                return;
            }
        }
        throw new AssertionError("no counter below 20 gives a sum divisible by ten");
    }

    @Test
    void validationRecognisesOwnNumbersAndRejectsTypos() {
        String number = TicketNumber.of(DAY, 10, 42);
        assertTrue(TicketNumber.isValid(number));
        String typo = number.substring(0, 12) + (char) ('0' + (number.charAt(12) - '0' + 1) % 10) + number.substring(13);
        assertFalse(TicketNumber.isValid(typo));
        assertFalse(TicketNumber.isValid("12345"));
        assertFalse(TicketNumber.isValid(null));
    }

    @Test
    void counterBeyondFiveDigitsStillUnique() {
        assertEquals(17, TicketNumber.of(DAY, 10, 123456).length());
        assertNotEquals(TicketNumber.of(DAY, 10, 12345), TicketNumber.of(DAY, 10, 123450));
    }

    @Test
    void rejectsImpossibleInput() {
        assertThrows(IllegalArgumentException.class, () -> TicketNumber.of(DAY, 100, 1));
        assertThrows(IllegalArgumentException.class, () -> TicketNumber.of(DAY, 10, 0));
    }

    @Test
    void counterStartsAgainEachDayAndNeverRepeatsANumber() {
        TicketCounter counter = new TicketCounter(null, 0);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertTrue(seen.add(counter.nextNumber(DAY, 10)));
        }
        String nextDay = counter.nextNumber(DAY.plusDays(1), 10);
        assertEquals(TicketNumber.of(DAY.plusDays(1), 10, 1), nextDay);
        // the clock going back keeps numbering under the last day used
        String back = counter.nextNumber(DAY, 10);
        assertEquals(TicketNumber.of(DAY.plusDays(1), 10, 2), back);
    }
}
