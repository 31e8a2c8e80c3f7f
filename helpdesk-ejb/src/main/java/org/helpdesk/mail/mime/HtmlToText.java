package org.helpdesk.mail.mime;

import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Plain text from HTML, for mails and body parts that come without a text version (and HTML bodies given to the API). Not a renderer,
 * just readable text from jsoup's parse of the HTML (in linear time, whatever the markup): head,
 * style and script content and comments are dropped; source whitespace is collapsed as a browser
 * does; line breaks come from {@code <br>} and the ends of paragraphs, divs, table rows, list items
 * and headings; table cells are separated by a space; entities are decoded; lines are trimmed and
 * runs of blank lines become one.
 */
public final class HtmlToText {

    /**
     * Longer tag names are cut short by a space (the rest becomes an attribute name): jsoup rebuilds
     * a tag name for every piece of it that it reads, which takes quadratic time on a name that runs
     * for megabytes. No real tag name comes near.
     */
    private static final int MAX_TAG_NAME = 200;
    /** The chars that end a tag name. */
    private static final String TAG_NAME_ENDS = "\t\n\f\r />";
    private static final Set<String> INVISIBLE = Set.of("head", "style", "script");
    private static final Set<String> LINE_ENDS = Set.of("p", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> CELLS = Set.of("td", "th");
    private static final Pattern WHITESPACE = Pattern.compile("[ \\t\\r\\n\\f]+");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");

    private HtmlToText() {
    }

    public static String convert(String html) {
        StringBuilder text = new StringBuilder(html.length() / 2);
        Jsoup.parse(cutLongTagNames(html)).filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element element && INVISIBLE.contains(element.normalName())) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode textNode) {
                    // soft hyphens only mark where a word may be split
                    text.append(WHITESPACE.matcher(textNode.getWholeText()).replaceAll(" ").replace("\u00AD", ""));
                } else if (node instanceof Element element && element.normalName().equals("br")) {
                    text.append('\n');
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element element) {
                    if (LINE_ENDS.contains(element.normalName())) {
                        text.append('\n');
                    } else if (CELLS.contains(element.normalName())) {
                        text.append(' ');
                    }
                }
                return FilterResult.CONTINUE;
            }
        });
        return tidyLines(text);
    }

    private static String cutLongTagNames(String html) {
        StringBuilder cut = new StringBuilder(html.length() + 16);
        int nameStart = -1;
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (nameStart >= 0 && i >= nameStart) {
                if (TAG_NAME_ENDS.indexOf(c) >= 0) {
                    nameStart = -1;
                } else if (i - nameStart == MAX_TAG_NAME) {
                    cut.append(' ');
                    nameStart = -1;
                }
            }
            cut.append(c);
            if (nameStart < 0 && c == '<') {
                // "<a" starts a start tag's name, "</a" an end tag's
                int first = i + 1 < html.length() && html.charAt(i + 1) == '/' ? i + 2 : i + 1;
                nameStart = first < html.length() && isAsciiLetter(html.charAt(first)) ? first : -1;
            }
        }
        return cut.toString();
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static String tidyLines(CharSequence text) {
        StringBuilder tidy = new StringBuilder(text.length());
        for (String line : text.toString().split("\n", -1)) {
            tidy.append(SPACES.matcher(line).replaceAll(" ").trim()).append('\n');
        }
        return BLANK_LINES.matcher(tidy).replaceAll("\n\n").strip();
    }
}
