package org.helpdesk.ticket;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * OTRS's date-based ticket number with check digit ("DateChecksum"): the day
 * ({@code yyyyMMdd}), the two-digit system id, the day's counter (at least five digits) and a
 * check digit, e.g. {@code 2026112610000015}. Numbers are unique because the counter never
 * repeats within a day.
 */
public final class TicketNumber {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private TicketNumber() {
    }

    public static String of(LocalDate day, int systemId, long counter) {
        if (systemId < 0 || systemId > 99) {
            throw new IllegalArgumentException("system id must have at most two digits: " + systemId);
        }
        if (counter < 1) {
            throw new IllegalArgumentException("counter starts at 1: " + counter);
        }
        String digits = DAY.format(day) + String.format("%02d", systemId) + String.format("%05d", counter);
        return digits + checkDigit(digits);
    }

    /** Whether {@code number} is well formed and its check digit matches. */
    public static boolean isValid(String number) {
        if (number == null || number.length() < 16 || !number.chars().allMatch(Character::isDigit)) {
            return false;
        }
        String digits = number.substring(0, number.length() - 1);
        return number.charAt(number.length() - 1) - '0' == checkDigit(digits);
    }

    /** OTRS's checksum: digits weighted 1, 2, 1, 2...; 10 minus the sum modulo 10, where 10 becomes 1. */
    static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 2);
        }
        int check = 10 - sum % 10;
        return check == 10 ? 1 : check;
    }
}
