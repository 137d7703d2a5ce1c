package io.plakar.legal.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;

/**
 * The interface strings of every language, with the original language as the only fallback.
 * <p>
 * Deliberately not a {@link java.util.ResourceBundle}: its lookup falls back on the JVM's
 * default locale before the base bundle, so a German server would show German strings to a
 * Dutch visitor whose bundle lacks a key. Here a missing or empty string is taken from the
 * original language, and a key the original lacks too is shown as itself.
 */
public final class Messages {

    private final Map<String, Map<String, String>> strings;
    private final String original;

    /**
     * @param strings the strings of each language, by tag
     * @param original the tag of the language every other falls back on
     */
    public Messages(Map<String, Map<String, String>> strings, String original) {
        this.strings = Map.copyOf(strings);
        this.original = original;
    }

    /** The string, from the language or else from the original. */
    public String get(String tag, String key) {
        String value = strings.getOrDefault(tag, Map.of()).get(key);
        if (value == null || value.isBlank()) {
            value = strings.getOrDefault(original, Map.of()).get(key);
        }
        return value == null || value.isBlank() ? key : value;
    }

    /** Whether the language itself has a non-empty value for the key. */
    public boolean has(String tag, String key) {
        String value = strings.getOrDefault(tag, Map.of()).get(key);
        return value != null && !value.isBlank();
    }

    /** The string as a {@link MessageFormat} pattern, formatted with the arguments in the language's locale. */
    public String format(String tag, String key, Object... arguments) {
        return new MessageFormat(get(tag, key), Locale.forLanguageTag(tag)).format(arguments);
    }
}
