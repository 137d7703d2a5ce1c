package io.plakar.legal.check;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.plakar.legal.check.PropertiesFile.Entry;
import io.plakar.legal.i18n.LocalizedFormats;

/**
 * Checks a bundle of interface strings, alone and against the original's: duplicate, unknown,
 * empty and missing keys, MessageFormat placeholders, and apostrophes that MessageFormat
 * would swallow.
 */
final class BundleCheck {

    /** A MessageFormat argument: {0}, {1,date}, {0,number,#.##}. */
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*(\\d+)\\s*(?:,[^{}]*)?}");

    private BundleCheck() {
    }

    /** Problems of any bundle, the original included; {@code tag} is the bundle's language. */
    static void checkAlone(PropertiesFile bundle, String tag, String file, Consumer<Problem> problems) {
        bundle.malformed().forEach(line -> problems.accept(Problem.error(file, line,
                "malformed \\u escape: write the character itself, the file is UTF-8")));
        Set<String> seen = new HashSet<>();
        for (Entry entry : bundle.entries()) {
            if (!seen.add(entry.key())) {
                problems.accept(Problem.error(file, entry.line(), "duplicate key '" + entry.key()
                        + "': it is already defined on line " + bundle.get(entry.key()).line() + ", and the last one would win"));
            }
            if (isPattern(entry.value())) {
                checkPattern(entry, file, problems);
            }
            if (entry.key().equals(LocalizedFormats.SETTING) && !entry.value().isBlank()) {
                String problem = LocalizedFormats.problem(tag, entry.value());
                if (problem != null) {
                    problems.accept(Problem.error(file, entry.line(), LocalizedFormats.SETTING + ": " + problem));
                }
            }
        }
    }

    /** Problems of a translation's bundle against the original's. */
    static void checkAgainst(PropertiesFile translation, String file, PropertiesFile original, String originalFile,
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
            List<String> expected = arguments(source.value());
            List<String> actual = arguments(entry.value());
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

    private static boolean isPattern(String value) {
        return ARGUMENT.matcher(value).find();
    }

    private static void checkPattern(Entry entry, String file, Consumer<Problem> problems) {
        String value = entry.value();
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) == '\'') {
                if (i + 1 < value.length() && value.charAt(i + 1) == '\'') {
                    i++;
                    continue;
                }
                problems.accept(Problem.error(file, entry.line(), "single apostrophe in '" + entry.key()
                        + "', a pattern with placeholders: MessageFormat would swallow it and what follows; write '' instead"));
                return;
            }
        }
        try {
            new MessageFormat(value);
        } catch (IllegalArgumentException e) {
            problems.accept(Problem.error(file, entry.line(), "'" + entry.key() + "' is not a valid MessageFormat pattern: " + e.getMessage()));
        }
    }

    /** The placeholders of a value, sorted, as written without spaces. */
    private static List<String> arguments(String value) {
        List<String> arguments = new ArrayList<>();
        Matcher matcher = ARGUMENT.matcher(value);
        while (matcher.find()) {
            arguments.add(matcher.group().replaceAll("\\s+", ""));
        }
        arguments.sort(null);
        return arguments;
    }
}
