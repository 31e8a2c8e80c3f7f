package org.helpdesk.search;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * Turns text into the terms the search index stores and looks up, the same on every database:
 * words in lower case without accents, common Spanish and English words left out, each reduced to
 * its stem by the English and then the Spanish Snowball stemmer, so "Impresoras", "impresora" and
 * "IMPRESORA" are one term, and "conexión" and "conexion" another. Terms hold only {@code a-z},
 * {@code 0-9} and {@code _}: short ones are padded with {@code _} to three characters (MariaDB's
 * full-text index skips shorter words), long ones cut at {@link #MAX_TERM}.
 */
public final class TextAnalyzer {

    /** Raised whenever the terms a text gives change, so the index is rebuilt (see the ticket index backfill). */
    public static final int VERSION = 2;

    static final int MAX_TERM = 60;
    private static final int MIN_TERM = 3;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Set<String> STOPWORDS = Set.of(
            // Spanish
            "a", "al", "algo", "ante", "antes", "aqui", "asi", "aun", "cada", "como", "con", "contra", "cual", "cuando",
            "de", "del", "desde", "donde", "durante", "e", "el", "ella", "ellas", "ellos", "en", "entre", "era", "es",
            "esa", "esas", "ese", "eso", "esos", "esta", "estas", "este", "esto", "estos", "fue", "ha", "han", "hasta",
            "hay", "la", "las", "le", "les", "lo", "los", "mas", "me", "mi", "mis", "mucho", "muy", "nada", "ni", "no",
            "nos", "o", "otra", "otro", "para", "pero", "por", "porque", "que", "quien", "se", "sea", "ser", "si",
            "sin", "sobre", "son", "su", "sus", "tambien", "te", "tiene", "todo", "todos", "tu", "u", "un", "una",
            "unas", "uno", "unos", "usted", "y", "ya", "yo",
            // English
            "an", "and", "are", "as", "at", "be", "been", "but", "by", "did", "do", "for", "from", "had", "has",
            "have", "he", "her", "his", "i", "if", "in", "into", "is", "it", "its", "of", "on", "or", "our", "she",
            "so", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "to", "was",
            "we", "were", "what", "when", "which", "who", "will", "with", "you", "your");

    private TextAnalyzer() {
    }

    /** The distinct terms of all {@code texts} (null ones are skipped), in the order they first occur. */
    public static Set<String> terms(String... texts) {
        Set<String> terms = new LinkedHashSet<>();
        Stemmers stemmers = new Stemmers();
        for (String text : texts) {
            words(text, (word, start, end) -> {
                String term = stemmers.term(word);
                if (term != null) {
                    terms.add(term);
                }
            });
        }
        return terms;
    }

    /** The term of one word, or null for a word the index leaves out. */
    public static String term(String word) {
        return new Stemmers().term(word);
    }

    /** Calls {@code each} with every word of {@code text} and where it starts and ends. */
    static void words(String text, WordConsumer each) {
        if (text == null || text.isEmpty()) {
            return;
        }
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            each.accept(matcher.group(), matcher.start(), matcher.end());
        }
    }

    /** Lower case, and accents and other combining marks removed: "Conexión" gives "conexion". */
    static String fold(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    @FunctionalInterface
    interface WordConsumer {
        void accept(String word, int start, int end);
    }

    /** Snowball stemmers keep state between calls: one pair for one thread and one text at a time. */
    static final class Stemmers {

        private final SnowballStemmer english = new EnglishStemmer();
        private final SnowballStemmer spanish = new SpanishStemmer();

        String term(String word) {
            String folded = fold(word);
            StringBuilder ascii = new StringBuilder(folded.length());
            for (int i = 0; i < folded.length(); i++) {
                char c = folded.charAt(i);
                if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                    ascii.append(c);
                }
            }
            String plain = ascii.toString();
            if (plain.isEmpty() || STOPWORDS.contains(plain)) {
                return null;
            }
            String term = containsDigit(plain) ? plain : stem(spanish, stem(english, plain));
            if (term.length() > MAX_TERM) {
                term = term.substring(0, MAX_TERM);
            }
            StringBuilder padded = new StringBuilder(term);
            while (padded.length() < MIN_TERM) {
                padded.append('_');
            }
            return padded.toString();
        }

        private static String stem(SnowballStemmer stemmer, String word) {
            stemmer.setCurrent(word);
            stemmer.stem();
            return stemmer.getCurrent();
        }

        private static boolean containsDigit(String word) {
            for (int i = 0; i < word.length(); i++) {
                if (Character.isDigit(word.charAt(i))) {
                    return true;
                }
            }
            return false;
        }
    }
}
