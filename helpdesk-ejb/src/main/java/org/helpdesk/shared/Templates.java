package org.helpdesk.shared;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Texts administrators write with variables: {@code {{ticket.number}}} is replaced by its value;
 * unknown variables stay as they are, so a typo shows instead of vanishing.
 */
public final class Templates {

    private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([a-z.]+)\\s*}}");

    private Templates() {
    }

    public static String render(String template, Map<String, String> values) {
        Matcher matcher = VARIABLE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? matcher.group() : value));
        }
        return matcher.appendTail(out).toString();
    }
}
