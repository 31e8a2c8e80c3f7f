package org.helpdesk.mail;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One condition of a PostMaster filter: a header (From, To, Cc, Subject, X-...) whose value must
 * match a regular expression (case-insensitive, anywhere in the value), or must not when negated.
 */
@Embeddable
public class FilterMatch implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "header_name", nullable = false, length = 100)
    private String header;

    @Column(nullable = false, length = 500)
    private String pattern;

    @Column(nullable = false)
    private boolean negate;

    protected FilterMatch() {
    }

    public FilterMatch(String header, String pattern, boolean negate) {
        this.header = header.trim();
        this.pattern = pattern;
        this.negate = negate;
    }

    /** Whether {@code pattern} is a valid regular expression. */
    public static boolean isValidPattern(String pattern) {
        try {
            Pattern.compile(pattern);
            return true;
        } catch (PatternSyntaxException e) {
            return false;
        }
    }

    /** Whether the header values satisfy this condition (an absent header matches nothing). */
    public boolean test(List<String> values) {
        Pattern compiled = Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        boolean found = values.stream().anyMatch(v -> compiled.matcher(v).find());
        return negate != found;
    }

    public String getHeader() {
        return header;
    }

    public String getHeaderKey() {
        return header.toLowerCase(Locale.ROOT);
    }

    public String getPattern() {
        return pattern;
    }

    public boolean isNegate() {
        return negate;
    }
}
