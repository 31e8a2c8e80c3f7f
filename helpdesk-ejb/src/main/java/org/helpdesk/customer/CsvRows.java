package org.helpdesk.customer;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as spreadsheets write it: fields separated by {@code ;} or {@code ,} (whichever the
 * header line uses), optionally in double quotes with {@code ""} for a quote, line breaks inside
 * quotes kept; a byte order mark and blank lines are ignored.
 */
final class CsvRows {

    /** One line of the file: its number (the header is line 1) and its fields. */
    record Row(int line, List<String> fields) {

        String field(int index) {
            if (index < 0 || index >= fields.size()) {
                return null;
            }
            String value = fields.get(index).trim();
            return value.isEmpty() ? null : value;
        }
    }

    private CsvRows() {
    }

    static List<Row> parse(String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int firstBreak = content.indexOf('\n');
        String header = firstBreak < 0 ? content : content.substring(0, firstBreak);
        char separator = count(header, ';') >= count(header, ',') && count(header, ';') > 0 ? ';' : ',';
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowLine = 1;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < content.length() && content.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                add(rows, rowLine, fields);
                fields = new ArrayList<>();
                line++;
                rowLine = line;
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        add(rows, rowLine, fields);
        return rows;
    }

    private static void add(List<Row> rows, int line, List<String> fields) {
        if (fields.stream().anyMatch(f -> !f.isBlank())) {
            rows.add(new Row(line, List.copyOf(fields)));
        }
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }
}
