package org.helpdesk.mail.inbound;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One condition of a PostMaster filter: a header (From, To, Cc, Subject, X-...) whose value must
 * match a regular expression (case-insensitive, anywhere in the value), or must not when negated.
 * <p>
 * The expression is an administrator's, the value a stranger's: a backtracking expression such as
 * {@code (a+)+b} can take exponential time on a crafted value. So only the first
 * {@value #MAX_VALUE_LENGTH} chars of a value are searched, and a search that reads more than
 * {@value #MAX_READS} chars of it is given up; the condition then does not hold (negated or not),
 * so the filter does not apply, and a warning is logged.
 */
@Embeddable
public class FilterMatch implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(FilterMatch.class.getName());
    static final int MAX_VALUE_LENGTH = 10_000;
    static final int MAX_READS = 10_000_000;

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
        try {
            boolean found = values.stream().anyMatch(v -> compiled.matcher(new BoundedText(v)).find());
            return negate != found;
        } catch (ReadLimitReached | StackOverflowError tooComplex) {
            LOG.warning(() -> "PostMaster filter condition on " + header + " gave up, too slow on the value: " + pattern);
            return false;
        }
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

    /** The start of a header value, which fails the search that reads more than {@link #MAX_READS} chars. */
    private static final class BoundedText implements CharSequence {
        private final String text;
        private int reads;

        BoundedText(String value) {
            this.text = value.length() <= MAX_VALUE_LENGTH ? value : value.substring(0, MAX_VALUE_LENGTH);
        }

        @Override
        public char charAt(int index) {
            if (++reads > MAX_READS) {
                throw new ReadLimitReached();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private static final class ReadLimitReached extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ReadLimitReached() {
            super(null, null, false, false);
        }
    }
}
