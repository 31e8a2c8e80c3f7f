package org.helpdesk.ticket;

import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Makes HTML from e-mail safe to show: formatting, blocks, tables and links stay; scripts, event
 * handlers, forms, frames and anything that loads from outside (images, style sheets, fonts) go.
 * Images stay only when they show one of the ticket's own attachments ({@code attachment?id=N}, what
 * an inline {@code cid:} image of the mail becomes).
 */
public final class HtmlSanitizer {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder().allowElements("a").allowStandardUrlProtocols().allowAttributes("href").onElements("a")
                    .requireRelsOnLinks("noopener", "noreferrer", "nofollow").allowAttributes("target").onElements("a")
                    .toFactory())
            .and(new HtmlPolicyBuilder().allowElements("hr", "br", "span", "div", "pre", "code").toFactory())
            .and(new HtmlPolicyBuilder().allowElements("img").allowAttributes("alt", "width", "height").onElements("img")
                    .allowAttributes("src").matching(Pattern.compile("attachment\\?id=\\d+")).onElements("img")
                    .toFactory());

    private HtmlSanitizer() {
    }

    public static String sanitize(String html) {
        return html == null ? null : POLICY.sanitize(html);
    }
}
