package org.helpdesk.mail.inbound;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Admin-written filter patterns on hostile header values: a search that would not end gives up. */
class FilterMatchTest {

    private static final int MEGABYTE = 1 << 20;
    private static final Duration FINISHES = Duration.ofSeconds(20);

    @Test
    void catastrophicFilterPatternGivesUpAndDoesNotHold() {
        String value = "a".repeat(MEGABYTE);
        assertFalse(assertTimeoutPreemptively(FINISHES, () -> new FilterMatch("From", "(a+)+b", false).test(List.of(value))));
        assertFalse(assertTimeoutPreemptively(FINISHES, () -> new FilterMatch("From", "(a+)+b", true).test(List.of(value))),
                "a search given up does not make a negated condition hold");
        assertTrue(new FilterMatch("From", "(a+)+b", false).test(List.of("aaaab")), "a short value is searched as usual");
    }

    @Test
    void filterPatternTooDeepForTheValueDoesNotHold() {
        // each repetition of a group is a nested call: a long value overflows the stack
        String value = "a".repeat(FilterMatch.MAX_VALUE_LENGTH);
        assertFalse(assertTimeoutPreemptively(FINISHES, () -> new FilterMatch("Subject", "(.|\\s)*x", false).test(List.of(value))));
        assertTrue(new FilterMatch("Subject", "(.|\\s)*x", false).test(List.of("abcx")));
    }
}
