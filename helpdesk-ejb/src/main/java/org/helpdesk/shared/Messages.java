package org.helpdesk.shared;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-facing texts of Helpdesk: {@code org/helpdesk/messages_es.properties} (default) and
 * {@code messages_en.properties}. The web module uses the same bundles.
 */
public final class Messages {

    public static final String BUNDLE = "org.helpdesk.messages";
    public static final Locale DEFAULT_LOCALE = Locale.forLanguageTag("es");
    public static final List<Locale> SUPPORTED_LOCALES = List.of(DEFAULT_LOCALE, Locale.ENGLISH);

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /** The supported locale closest to the given one: its language if supported, else Spanish. */
    public static Locale supported(Locale locale) {
        if (locale != null) {
            for (Locale candidate : SUPPORTED_LOCALES) {
                if (candidate.getLanguage().equals(locale.getLanguage())) {
                    return candidate;
                }
            }
        }
        return DEFAULT_LOCALE;
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, supported(locale), Messages.class.getClassLoader(), NO_FALLBACK);
    }

    /**
     * A seeded catalog entry's name in the language ({@code prefix + name} in the bundle, e.g. {@code type.Incident});
     * an administrator's own name as it is.
     */
    public static String catalogName(Locale locale, String prefix, String name) {
        if (name == null) {
            return null;
        }
        String key = prefix + name;
        String text = format(locale, key);
        return key.equals(text) ? name : text;
    }

    /** The text for {@code key} with its {@code {0}} placeholders filled; the key itself if unknown. */
    public static String format(Locale locale, String key, Object... arguments) {
        Locale supported = supported(locale);
        String pattern;
        try {
            pattern = bundle(supported).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, supported).format(arguments);
    }
}
