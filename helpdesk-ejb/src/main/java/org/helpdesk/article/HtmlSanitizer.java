package org.helpdesk.article;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Makes HTML from e-mail safe to show: formatting, blocks, tables and links stay; scripts, event
 * handlers, forms, frames and anything that loads from outside (images, style sheets, fonts) go.
 */
public final class HtmlSanitizer {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder().allowElements("a").allowStandardUrlProtocols().allowAttributes("href").onElements("a")
                    .requireRelsOnLinks("noopener", "noreferrer", "nofollow").allowAttributes("target").onElements("a")
                    .toFactory())
            .and(new HtmlPolicyBuilder().allowElements("hr", "br", "span", "div", "pre", "code").toFactory());

    private HtmlSanitizer() {
    }

    public static String sanitize(String html) {
        return html == null ? null : POLICY.sanitize(html);
    }
}
