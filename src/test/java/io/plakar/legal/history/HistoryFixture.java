package io.plakar.legal.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.plakar.legal.I18nCopy;
import io.plakar.legal.content.I18nLayout;
import io.plakar.legal.content.SourceVersion;
import io.plakar.legal.tooling.RecordVersionCommand;

/**
 * Histories of the French original built in a copy of {@code i18n/}, as an editor builds them:
 * the copy's own history replaced by its current French alone, then French edits, each with a
 * later {@code lastmod}, recorded with {@link RecordVersionCommand}. The edits go by the
 * document's structure (its headings), never by its words, so that they hold whatever the French
 * says.
 */
public final class HistoryFixture {

    public static final String FRENCH = I18nLayout.document(I18nLayout.ORIGINAL);
    /** The section {@link #addSection} adds. */
    public static final String ADDED_HEADING = "Médiation de la consommation";
    public static final String ADDED_TEXT = "Une phrase ajoutée par le test.";
    private static final Pattern LASTMOD = Pattern.compile("(?m)^lastmod: *(\\d{4}-\\d{2}-\\d{2}) *$");

    private HistoryFixture() {
    }

    /** A copy of {@code i18n/} in {@code parent/i18n} whose history is its current French alone; returns it. */
    public static Path oneVersion(Path parent) throws IOException {
        Path i18n = I18nCopy.into(parent);
        I18nCopy.delete(i18n.resolve(I18nLayout.HISTORY));
        RecordVersionCommand.record(i18n);
        return i18n;
    }

    /**
     * Publishes a new version: edits the French body, moves its lastmod a day after the current
     * one, and records it; returns the new version.
     */
    public static String publish(Path i18n, UnaryOperator<String> edit) throws IOException {
        I18nCopy.edit(i18n, FRENCH, text -> {
            Matcher lastmod = LASTMOD.matcher(text);
            if (!lastmod.find()) {
                throw new AssertionError(FRENCH + " has no lastmod");
            }
            String later = LocalDate.parse(lastmod.group(1)).plusDays(1).toString();
            return edit.apply(text.substring(0, lastmod.start(1)) + later + text.substring(lastmod.end(1)));
        });
        RecordVersionCommand.record(i18n);
        return version(i18n);
    }

    /** The French original's current version. */
    public static String version(Path i18n) throws IOException {
        return SourceVersion.of(Files.readString(i18n.resolve(FRENCH)));
    }

    /** Adds a sentence at the end of the first section: that section changes. */
    public static String changeFirstSection(String text) {
        int second = headingOffsets(text).get(1);
        return text.substring(0, second) + ADDED_TEXT + "\n\n" + text.substring(second);
    }

    /** Adds a section at the end: a section added. */
    public static String addSection(String text) {
        return text.stripTrailing() + "\n\n## " + ADDED_HEADING + "\n\n" + ADDED_TEXT + "\n";
    }

    /** Removes the first section, its heading and text: a section removed. */
    public static String removeFirstSection(String text) {
        List<Integer> headings = headingOffsets(text);
        return text.substring(0, headings.get(0)) + text.substring(headings.get(1));
    }

    /** The first heading of the French, as written after its {@code ##}. */
    public static String firstHeading(Path i18n) throws IOException {
        String text = Files.readString(i18n.resolve(FRENCH));
        int at = headingOffsets(text).get(0);
        return text.substring(at + 3, text.indexOf('\n', at)).strip();
    }

    private static List<Integer> headingOffsets(String text) {
        return Pattern.compile("(?m)^## ").matcher(text).results().map(java.util.regex.MatchResult::start).toList();
    }
}
