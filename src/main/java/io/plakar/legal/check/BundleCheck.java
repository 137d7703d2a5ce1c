package io.plakar.legal.check;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import io.plakar.legal.content.MessagePatterns;
import io.plakar.legal.content.Problem;
import io.plakar.legal.content.PropertiesFile;
import io.plakar.legal.content.PropertiesFile.Entry;
import io.plakar.legal.i18n.LocalizedFormats;

/**
 * Compares a translation's bundle of interface strings with the original's: unknown, empty and
 * missing keys, and MessageFormat placeholders. (What a bundle must be on its own is the
 * reader's, {@link io.plakar.legal.content.I18nReader}.)
 */
final class BundleCheck {

    private BundleCheck() {
    }

    /** Problems of a translation's bundle against the original's. */
    static void compare(PropertiesFile translation, String file, PropertiesFile original, String originalFile,
            Consumer<Problem> problems) {
        for (Entry entry : translation.entries()) {
            Entry source = original.get(entry.key());
            if (source == null) {
                problems.accept(Problem.error(file, entry.line(), "unknown key '" + entry.key()
                        + "': " + originalFile + " has no such key, so this string is never shown"));
                continue;
            }
            if (entry.value().isBlank()) {
                problems.accept(Problem.warning(file, entry.line(), "empty value for '" + entry.key() + "': " + fallback(entry.key())));
                continue;
            }
            List<String> expected = MessagePatterns.placeholders(source.value());
            List<String> actual = MessagePatterns.placeholders(entry.value());
            if (!expected.equals(actual)) {
                problems.accept(Problem.error(file, entry.line(), "placeholders of '" + entry.key() + "' are " + actual
                        + " but the original's (" + originalFile + ":" + source.line() + ") are " + expected));
            }
        }
        for (Entry source : original.entries()) {
            if (translation.get(source.key()) == null) {
                problems.accept(Problem.warning(file, 0, "missing key '" + source.key() + "' (" + originalFile + ":"
                        + source.line() + "): " + fallback(source.key())));
            }
        }
    }

    /** The keys of the original that the translation has, non-empty. */
    static long translatedCount(PropertiesFile translation, PropertiesFile original) {
        Set<String> keys = new HashSet<>();
        original.entries().forEach(entry -> keys.add(entry.key()));
        return translation.entries().stream()
                .filter(entry -> keys.contains(entry.key()) && !entry.value().isBlank())
                .map(Entry::key).distinct().count();
    }

    static long keyCount(PropertiesFile bundle) {
        return bundle.entries().stream().map(Entry::key).distinct().count();
    }

    /** What a language shows in place of a string it lacks. */
    private static String fallback(String key) {
        return key.equals(LocalizedFormats.SETTING) ? "dates and amounts follow the language's own tag, never the French setting"
                : "the French text is shown";
    }
}
