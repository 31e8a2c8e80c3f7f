package org.helpdesk.mail;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text from an HTML body, for mails that come without a text part. Not a renderer, just
 * readable text: head, style and script content and comments are dropped; source whitespace is
 * collapsed as a browser does; line breaks come from {@code <br>} and the ends of paragraphs,
 * divs, table rows, list items and headings; tags are removed; entities (the common named ones and
 * all numeric ones) are decoded; lines are trimmed and runs of blank lines become one.
 */
final class HtmlToText {

    private static final Pattern INVISIBLE = Pattern.compile(
            "(?is)<!--.*?-->|<head\\b.*?</head\\s*>|<style\\b.*?</style\\s*>|<script\\b.*?</script\\s*>");
    private static final Pattern WHITESPACE = Pattern.compile("[ \\t\\r\\n\\f]+");
    private static final Pattern LINE_BREAK_TAG = Pattern.compile("(?i)<br\\b[^>]*>|</(?:p|div|tr|li|h[1-6])\\s*>");
    private static final Pattern CELL_END_TAG = Pattern.compile("(?i)</t[dh]\\s*>");
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z!?][^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");

    private static final Map<String, String> NAMED_ENTITIES = Map.ofEntries(
            Map.entry("nbsp", " "), Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"),
            Map.entry("quot", "\""), Map.entry("apos", "'"),
            Map.entry("aacute", "á"), Map.entry("eacute", "é"), Map.entry("iacute", "í"), Map.entry("oacute", "ó"),
            Map.entry("uacute", "ú"), Map.entry("Aacute", "Á"), Map.entry("Eacute", "É"), Map.entry("Iacute", "Í"),
            Map.entry("Oacute", "Ó"), Map.entry("Uacute", "Ú"), Map.entry("ntilde", "ñ"), Map.entry("Ntilde", "Ñ"),
            Map.entry("uuml", "ü"), Map.entry("Uuml", "Ü"), Map.entry("agrave", "à"), Map.entry("egrave", "è"),
            Map.entry("ccedil", "ç"), Map.entry("Ccedil", "Ç"), Map.entry("iquest", "¿"), Map.entry("iexcl", "¡"),
            Map.entry("ordf", "ª"), Map.entry("ordm", "º"), Map.entry("deg", "°"), Map.entry("euro", "€"),
            Map.entry("copy", "©"), Map.entry("reg", "®"), Map.entry("trade", "™"), Map.entry("hellip", "…"),
            Map.entry("ndash", "–"), Map.entry("mdash", "—"), Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"),
            Map.entry("ldquo", "“"), Map.entry("rdquo", "”"), Map.entry("laquo", "«"), Map.entry("raquo", "»"),
            Map.entry("bull", "•"), Map.entry("middot", "·"), Map.entry("times", "×"), Map.entry("shy", ""));

    private HtmlToText() {
    }

    static String convert(String html) {
        String text = INVISIBLE.matcher(html).replaceAll("");
        text = WHITESPACE.matcher(text).replaceAll(" ");
        text = LINE_BREAK_TAG.matcher(text).replaceAll("\n");
        text = CELL_END_TAG.matcher(text).replaceAll(" ");
        text = TAG.matcher(text).replaceAll("");
        text = decodeEntities(text);
        return tidyLines(text);
    }

    private static String decodeEntities(String text) {
        Matcher entity = ENTITY.matcher(text);
        StringBuilder decoded = new StringBuilder(text.length());
        while (entity.find()) {
            entity.appendReplacement(decoded, Matcher.quoteReplacement(decodeEntity(entity.group(1), entity.group())));
        }
        entity.appendTail(decoded);
        return decoded.toString();
    }

    private static String decodeEntity(String name, String asWritten) {
        if (name.startsWith("#")) {
            boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
            int codePoint = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
            return Character.isValidCodePoint(codePoint) && codePoint != 0 ? Character.toString(codePoint) : asWritten;
        }
        return NAMED_ENTITIES.getOrDefault(name, asWritten);
    }

    private static String tidyLines(String text) {
        StringBuilder tidy = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            tidy.append(SPACES.matcher(line).replaceAll(" ").trim()).append('\n');
        }
        return BLANK_LINES.matcher(tidy).replaceAll("\n\n").strip();
    }
}
