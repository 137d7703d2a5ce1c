package io.plakar.legal.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.plakar.legal.I18nCopy;
import io.plakar.legal.check.DiffToken;
import io.plakar.legal.check.Report;
import io.plakar.legal.check.SectionChange;
import io.plakar.legal.check.TranslationCheck;
import io.plakar.legal.content.I18nLayout;
import io.plakar.legal.content.I18nSource;
import io.plakar.legal.content.SiteContent;
import io.plakar.legal.content.SiteContentLoader;
import io.plakar.legal.tooling.RecordVersionCommand;

/**
 * The history of the French original, from versions recorded in a copy of {@code i18n/}: one,
 * two and three versions, a section changed, added and removed, each shown as translators are
 * shown it; what the editor's command refuses; what the check says.
 */
class HistoryTest {

    @TempDir
    Path temp;

    @Test
    void oneVersionIsInForceWithNothingBeforeIt() throws IOException {
        Path i18n = HistoryFixture.oneVersion(temp);
        assertTrue(Files.isRegularFile(i18n.resolve(I18nLayout.historyCopy(HistoryFixture.version(i18n)))));
        List<History.Entry> entries = history(i18n).entries();
        assertEquals(1, entries.size());
        History.Entry only = entries.get(0);
        assertTrue(only.current());
        assertNull(only.previous());
        assertEquals(List.of(), only.changes());
        assertEquals(HistoryFixture.version(i18n), only.version().version());
    }

    @Test
    void twoVersionsNewestFirstWithTheChangedSectionAndItsWords() throws IOException {
        Path i18n = HistoryFixture.oneVersion(temp);
        String first = HistoryFixture.version(i18n);
        String heading = HistoryFixture.firstHeading(i18n);
        String second = HistoryFixture.publish(i18n, HistoryFixture::changeFirstSection);

        List<History.Entry> entries = history(i18n).entries();
        assertEquals(List.of(second, first), entries.stream().map(entry -> entry.version().version()).toList());
        assertTrue(entries.get(0).current());
        assertFalse(entries.get(1).current());
        assertTrue(entries.get(0).version().date().isAfter(entries.get(1).version().date()));
        assertEquals(first, entries.get(0).previous().version());

        SectionChange change = single(entries.get(0).changes());
        assertEquals(SectionChange.State.CHANGED, change.state());
        assertEquals(heading, change.heading());
        assertEquals(List.of(HistoryFixture.ADDED_TEXT), inserted(change));
        assertEquals(List.of(), deleted(change));
        assertEquals(List.of(), entries.get(1).changes(), "the first version has nothing before it");
    }

    @Test
    void threeVersionsWithASectionAddedThenOneRemoved() throws IOException {
        Path i18n = HistoryFixture.oneVersion(temp);
        String first = HistoryFixture.version(i18n);
        String heading = HistoryFixture.firstHeading(i18n);
        String second = HistoryFixture.publish(i18n, HistoryFixture::addSection);
        String third = HistoryFixture.publish(i18n, HistoryFixture::removeFirstSection);

        List<History.Entry> entries = history(i18n).entries();
        assertEquals(List.of(third, second, first), entries.stream().map(entry -> entry.version().version()).toList());

        SectionChange removed = single(entries.get(0).changes());
        assertEquals(SectionChange.State.REMOVED, removed.state());
        assertEquals(heading, removed.heading());
        assertFalse(deleted(removed).isEmpty());
        assertEquals(List.of(), inserted(removed));

        SectionChange added = single(entries.get(1).changes());
        assertEquals(SectionChange.State.ADDED, added.state());
        assertEquals(HistoryFixture.ADDED_HEADING, added.heading());
        assertTrue(String.join("", inserted(added)).contains(HistoryFixture.ADDED_TEXT));
        assertEquals(List.of(), deleted(added));

        assertEquals(List.of(), entries.get(2).changes());
        SiteContent content = SiteContentLoader.load(I18nSource.directory(i18n));
        assertEquals(3, content.versions().size());
        assertTrue(content.version(second).orElseThrow().document().html().contains(HistoryFixture.ADDED_TEXT),
                "an earlier version is rendered in full, as it was");
        assertFalse(content.version(third).orElseThrow().document().headings().stream().anyMatch(h -> h.text().equals(heading)));
        assertTrue(content.version(first).orElseThrow().document().headings().stream().anyMatch(h -> h.text().equals(heading)));
    }

    @Test
    void recordingTwiceKeepsOneCopyAndAVersionWithoutALaterDateIsRefused() throws IOException {
        Path i18n = HistoryFixture.oneVersion(temp);
        Path copy = RecordVersionCommand.record(i18n);
        assertEquals(List.of(copy.getFileName().toString()), names(i18n.resolve(I18nLayout.HISTORY)));

        I18nCopy.edit(i18n, HistoryFixture.FRENCH, HistoryFixture::changeFirstSection); // lastmod left as it was
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> RecordVersionCommand.record(i18n));
        int lastmod = I18nCopy.line(i18n, HistoryFixture.FRENCH, "lastmod:");
        assertTrue(refused.getMessage().startsWith("i18n/content/legal-notice.fr.md:" + lastmod
                + ": lastmod "), refused.getMessage());
        assertTrue(refused.getMessage().endsWith("set lastmod to the day this version is published"), refused.getMessage());
        assertEquals(List.of(copy.getFileName().toString()), names(i18n.resolve(I18nLayout.HISTORY)), "nothing written");
    }

    @Test
    void theCheckWarnsOfAnUnrecordedVersionAndOfAFactAnEarlierVersionNeeds() throws IOException {
        Path i18n = HistoryFixture.oneVersion(temp);
        assertTrue(problems(i18n, "i18n/history/").isEmpty(), problems(i18n, "i18n/history/").toString());

        I18nCopy.edit(i18n, HistoryFixture.FRENCH, text -> HistoryFixture.changeFirstSection(text).replaceFirst("(?m)^lastmod: .*$", "lastmod: 2999-01-01"));
        Report report = TranslationCheck.run(I18nSource.directory(i18n));
        String version = HistoryFixture.version(i18n);
        assertTrue(report.problems().stream().anyMatch(problem -> problem.toString().startsWith("i18n/" + I18nLayout.historyCopy(version)
                + ": warning: missing: the current version of the original (i18n/content/legal-notice.fr.md) is not recorded: "
                + "record it before it is published, with mvn -q compile exec:java@record-version")), report.format());
        assertTrue(report.problems().stream().noneMatch(problem -> problem.file().equals("i18n/" + HistoryFixture.FRENCH)),
                "the French text itself is fine: " + report.format());
        assertFalse(report.hasErrors(), "an editor's draft is no error: " + report.format());
        RecordVersionCommand.record(i18n);

        // A fact an earlier version names, renamed since: that version would read with a gap.
        String fact = Files.readAllLines(i18n.resolve(I18nLayout.FACTS)).stream().filter(line -> line.matches("[a-z][\\w.]* *=.*"))
                .map(line -> line.substring(0, line.indexOf('=')).strip())
                .filter(name -> {
                    try {
                        return Files.readString(i18n.resolve(HistoryFixture.FRENCH)).contains("{{" + name + "}}");
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).findFirst().orElseThrow();
        I18nCopy.edit(i18n, I18nLayout.FACTS, text -> text.replaceFirst("(?m)^" + java.util.regex.Pattern.quote(fact) + "( *=)", fact + "_renamed$1"));
        I18nCopy.edit(i18n, HistoryFixture.FRENCH, text -> text.replace("{{" + fact + "}}", "{{" + fact + "_renamed}}")
                .replaceFirst("(?m)^lastmod: .*$", "lastmod: 2999-01-02"));
        RecordVersionCommand.record(i18n);
        List<String> warnings = problems(i18n, "history/");
        assertTrue(warnings.stream().anyMatch(problem -> problem.contains("names the fact {{" + fact + "}}, which i18n/facts.properties no longer defines")),
                warnings.toString());
    }

    @Test
    void twoVersionsOfOneDayAreWarnedOfAndStillOrderedTheCurrentFirst() throws IOException {
        Path i18n = HistoryFixture.oneVersion(temp);
        String first = HistoryFixture.version(i18n);
        I18nCopy.edit(i18n, HistoryFixture.FRENCH, HistoryFixture::changeFirstSection); // lastmod left as it was
        String second = HistoryFixture.version(i18n);
        // Copied by hand, as record-version would refuse it.
        Files.copy(i18n.resolve(HistoryFixture.FRENCH), i18n.resolve(I18nLayout.historyCopy(second)));
        assertEquals(List.of(second, first), history(i18n).entries().stream().map(entry -> entry.version().version()).toList());
        List<String> warnings = problems(i18n, "both date from");
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("i18n/" + I18nLayout.historyCopy(first) + ":"), warnings.get(0));
    }

    @Test
    void aHistorySlugThatIsNotUrlSafeIsAnErrorAtItsLine() throws IOException {
        Path i18n = HistoryFixture.oneVersion(temp);
        String bundle = I18nLayout.bundle(I18nCopy.NEW_TAG);
        Files.writeString(i18n.resolve(bundle), "language.name = Test\nhistory.slug = Histórico antigo\n");
        Report report = TranslationCheck.run(I18nSource.directory(i18n));
        assertTrue(report.problems().stream().anyMatch(problem -> problem.toString().equals("i18n/" + bundle
                + ":2: error: history.slug: 'Histórico antigo' is not URL-safe (it is the last part of the history page's address): "
                + "use lower-case ASCII letters, digits and hyphens")), report.format());
    }

    private static History history(Path i18n) {
        return History.of(SiteContentLoader.load(I18nSource.directory(i18n)));
    }

    private static List<String> problems(Path i18n, String about) {
        return TranslationCheck.run(I18nSource.directory(i18n)).problems().stream().map(Object::toString)
                .filter(problem -> problem.contains(about)).toList();
    }

    private static SectionChange single(List<SectionChange> changes) {
        assertEquals(1, changes.size(), changes.toString());
        return changes.get(0);
    }

    private static List<String> inserted(SectionChange change) {
        return change.diff().stream().filter(DiffToken::isInserted).map(token -> token.text().strip()).toList();
    }

    private static List<String> deleted(SectionChange change) {
        return change.diff().stream().filter(DiffToken::isDeleted).map(DiffToken::text).toList();
    }

    private static List<String> names(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
