package org.helpdesk.web.ticket;

/**
 * CSV cells as spreadsheet programs read them, safe against formula injection: every cell in double quotes (quotes
 * inside doubled), and a cell that a spreadsheet would take for a formula ({@code = + - @}, tab or carriage return
 * first) starts with a single quote, which shows the text as it is.
 */
final class Csv {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private Csv() {
    }

    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
