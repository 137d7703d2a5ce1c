package io.plakar.legal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.plakar.legal.I18nCopy;
import io.plakar.legal.check.DiffToken.Kind;
import io.plakar.legal.check.LanguageStatus.Document;
import io.plakar.legal.check.SectionChange.State;
import io.plakar.legal.content.DocumentFile;
import io.plakar.legal.content.I18nFiles;
import io.plakar.legal.content.I18nLayout;
import io.plakar.legal.content.I18nReader;
import io.plakar.legal.content.I18nSource;
import io.plakar.legal.content.SourceVersion;
import io.plakar.legal.tooling.MarkCurrentCommand;
import io.plakar.legal.tooling.OriginalCopies;

/**
 * What changed in the French original since the version a stale translation records, from the
 * copies of the original that mark-current keeps: copies of the real {@code i18n/} with one
 * change to the French each.
 */
class OriginalChangesTest {

    private static final String FRENCH = "content/legal-notice.fr.md";

    @TempDir
    Path temp;

    @Test
    void everyVersionThatATranslationOfI18nRecordsHasItsCopyKept() {
        // A rule of i18n/ in any state: mark-current and the import keep the copy before they record a version.
        I18nFiles files = I18nReader.read(I18nSource.directory(I18nCopy.I18N));
        files.documents().values().stream().filter(document -> document.originalVersion() != null && document != files.original())
                .forEach(document -> assertTrue(files.originals().containsKey(document.originalVersion()),
                        document.file() + " records " + document.originalVersion() + ", but i18n/"
                                + I18nLayout.originalCopy(document.originalVersion()) + " is missing"));
    }

    @Test
    void aCurrentTranslationHasNothingToReview() throws IOException {
        I18nFiles files = I18nReader.read(I18nSource.directory(I18nCopy.current(temp)));
        for (String tag : translations(files)) {
            OriginalChanges changes = TranslationCheck.changes(files, tag);
            assertTrue(changes.current(), tag);
            assertEquals(files.original().headings().size(), changes.unchanged().size(), tag);
            for (int section = 0; section <= files.original().headings().size(); section++) {
                assertFalse(changes.needsReview(section), tag + " section " + section);
            }
        }
    }

    @Test
    void anEditOfOneSectionNamesThatSectionOnlyAndShowsItsDiff() throws IOException {
        Path i18n = I18nCopy.current(temp);
        I18nCopy.Reword edit = I18nCopy.reword(i18n);
        I18nFiles files = I18nReader.read(I18nSource.directory(i18n));
        Report report = TranslationCheck.check(files);
        DocumentFile original = files.original();
        int section = edit.section();
        int line = edit.line();

        for (String tag : translations(files)) {
            LanguageStatus status = status(report, tag);
            assertEquals(Document.STALE, status.document());
            OriginalChanges changes = status.changes();
            assertEquals(1, changes.changed().size(), tag + ": " + changes.changed());
            SectionChange change = changes.changed().get(0);
            assertEquals(new SectionChange(section, edit.heading(), "i18n/" + FRENCH, line, State.CHANGED, change.diff()), change);
            assertTrue(change.diff().contains(new DiffToken(Kind.DELETED, edit.before())), change.diff().toString());
            assertTrue(change.diff().contains(new DiffToken(Kind.INSERTED, edit.after())), change.diff().toString());
            assertEquals(original.headings().size() - 1, changes.unchanged().size(), "the other sections are current");
            assertTrue(changes.unchanged().stream().allMatch(unchanged -> unchanged.state() == State.CURRENT && unchanged.diff().isEmpty()));
            for (int other = 0; other <= original.headings().size(); other++) {
                assertEquals(other == section, changes.needsReview(other), tag + " section " + other);
            }
            assertTrue(report.problems().stream().anyMatch(problem -> problem.toString().startsWith("i18n/content/legal-notice." + tag + ".md:")
                    && problem.message().contains("changed since: section '" + edit.heading() + "' (i18n/" + FRENCH + ":" + line + "); the other "
                    + (original.headings().size() - 1) + " sections are current")), report.format());
        }
        assertTrue(report.format().contains("i18n/" + FRENCH + ":" + line + ": '" + edit.heading() + "' changed\n"), report.format());
        assertTrue(report.format().contains("[-" + edit.before() + "-]{+" + edit.after() + "+}"), report.format());
        assertEquals(1, report.originalChanges().size(), "one version, shown once for every translation of it");
        assertFalse(report.hasErrors(), report.format());
    }

    @Test
    void aSectionAddedToTheOriginalIsNamedAsAddedAndIsNoErrorOfTheStaleTranslations() throws IOException {
        Path i18n = I18nCopy.current(temp);
        String last = I18nCopy.headings(i18n).get(I18nCopy.headings(i18n).size() - 1);
        I18nCopy.edit(i18n, FRENCH, text -> text.replace("## " + last + "\n", "## Réclamations\n\nÉcrivez-nous à <{{contact.email}}>.\n\n## " + last + "\n"));
        OriginalChanges changes = changesOf(i18n);
        assertEquals(List.of("Réclamations"), changes.changed().stream().map(SectionChange::heading).toList());
        assertEquals(State.ADDED, changes.changed().get(0).state());
        assertEquals(List.of(new DiffToken(Kind.INSERTED, "## Réclamations\n\nÉcrivez-nous à <{{contact.email}}>.")), changes.changed().get(0).diff());
        assertEquals(I18nCopy.line(i18n, FRENCH, "## Réclamations"), changes.changed().get(0).line());
        Report report = TranslationCheck.run(I18nSource.directory(i18n));
        assertFalse(report.hasErrors(), "a stale translation lacks the new section until its translator adds it: "
                + report.format());
        String tag = changes.tag();
        assertTrue(report.problems().stream().anyMatch(problem -> problem.file().endsWith("." + tag + ".md") && !problem.isError()
                && problem.message().contains("headings where the original has") && problem.message().contains("update it")), report.format());
    }

    @Test
    void whatAStaleTranslationLostIsStillAnError() throws IOException {
        Path i18n = I18nCopy.current(temp);
        I18nCopy.reword(i18n);
        String tag = translations(I18nReader.read(I18nSource.directory(i18n))).get(0);
        String fact = I18nReader.read(I18nSource.directory(i18n)).documents().get(tag).facts().get(0).text();
        I18nCopy.edit(i18n, "content/legal-notice." + tag + ".md", text -> text.replaceFirst("\\{\\{" + java.util.regex.Pattern.quote(fact) + "}}", "X"));
        Report report = TranslationCheck.run(I18nSource.directory(i18n));
        assertTrue(report.problems().stream().anyMatch(problem -> problem.isError() && problem.file().endsWith("." + tag + ".md")
                && problem.message().contains("'{{" + fact + "}}'") && problem.message().contains("is missing here")), report.format());
    }

    @Test
    void aSectionRemovedFromTheOriginalIsNamedAsRemovedWhereItWas() throws IOException {
        Path i18n = I18nCopy.current(temp);
        List<String> headings = I18nCopy.headings(i18n);
        String removedHeading = headings.get(headings.size() - 2);
        String next = headings.get(headings.size() - 1);
        I18nCopy.edit(i18n, FRENCH, text -> text.substring(0, text.indexOf("## " + removedHeading + "\n")) + text.substring(text.indexOf("## " + next + "\n")));
        OriginalChanges changes = changesOf(i18n);
        assertEquals(1, changes.changed().size(), changes.changed().toString());
        SectionChange removed = changes.changed().get(0);
        assertEquals(State.REMOVED, removed.state());
        assertEquals(removedHeading, removed.heading());
        assertEquals(I18nCopy.line(i18n, FRENCH, "## " + next), removed.line(), "where the section was");
        assertTrue(removed.diff().stream().allMatch(DiffToken::isDeleted));
        assertFalse(TranslationCheck.run(I18nSource.directory(i18n)).hasErrors(), "the stale translations still have the section: no error");
    }

    @Test
    void aRenamedHeadingIsTheSameSectionChanged() throws IOException {
        Path i18n = I18nCopy.current(temp);
        String heading = I18nCopy.headings(i18n).get(0);
        I18nCopy.edit(i18n, FRENCH, text -> text.replace("## " + heading + "\n", "## Nous contacter\n"));
        OriginalChanges changes = changesOf(i18n);
        assertEquals(1, changes.changed().size(), changes.changed().toString());
        assertEquals(State.CHANGED, changes.changed().get(0).state());
        assertEquals("Nous contacter", changes.changed().get(0).heading());
    }

    @Test
    void withoutACopyOfTheRecordedVersionATranslationIsStaleWithoutDetail() throws IOException {
        Path i18n = I18nCopy.current(temp);
        String version = SourceVersion.of(Files.readString(i18n.resolve(FRENCH)));
        Files.delete(i18n.resolve(I18nLayout.originalCopy(version)));
        I18nCopy.reword(i18n);
        Report report = TranslationCheck.run(I18nSource.directory(i18n));
        for (LanguageStatus status : report.languages()) {
            if (status.changes() != null) {
                assertEquals(Document.STALE, status.document());
                assertFalse(status.changes().detailed());
                assertTrue(status.changes().needsReview(1), "every section is to review");
                assertTrue(report.problems().stream().anyMatch(problem -> problem.file().equals("i18n/content/legal-notice." + status.tag() + ".md")
                        && problem.message().contains("no copy of version " + version + " is kept (" + I18nLayout.originalCopy(version)
                        + "), so the sections that changed are unknown (stale without detail)")), report.format());
            }
        }
        assertTrue(report.originalChanges().isEmpty());
    }

    @Test
    void markingCurrentKeepsTheNewVersionAndPruningDeletesTheOldOnceNoTranslationRecordsIt() throws IOException {
        Path i18n = I18nCopy.current(temp);
        String before = SourceVersion.of(Files.readString(i18n.resolve(FRENCH)));
        I18nCopy.reword(i18n);
        String after = SourceVersion.of(Files.readString(i18n.resolve(FRENCH)));
        List<String> tags = translations(I18nReader.read(I18nSource.directory(i18n)));

        MarkCurrentCommand.mark(i18n, tags.get(0));
        assertEquals(Files.readString(i18n.resolve(FRENCH)), Files.readString(i18n.resolve(I18nLayout.originalCopy(after))));
        assertEquals(List.of(), OriginalCopies.prune(i18n), "the other translations still record " + before);
        assertTrue(Files.exists(i18n.resolve(I18nLayout.originalCopy(before))));

        for (String tag : tags.subList(1, tags.size())) {
            MarkCurrentCommand.mark(i18n, tag);
        }
        Report unpruned = TranslationCheck.run(I18nSource.directory(i18n));
        assertTrue(unpruned.problems().stream().anyMatch(problem -> problem.toString().equals("i18n/" + I18nLayout.originalCopy(before)
                + ": warning: " + String.format(TranslationCheck.UNUSED_COPY, before))), unpruned.format());
        assertEquals(List.of(i18n.resolve(I18nLayout.originalCopy(before))), OriginalCopies.prune(i18n));
        try (Stream<Path> copies = Files.list(i18n.resolve(I18nLayout.ORIGINALS))) {
            assertEquals(List.of("legal-notice.fr." + after + ".md"), copies.map(path -> path.getFileName().toString()).toList());
        }
        assertTrue(TranslationCheck.run(I18nSource.directory(i18n)).problems().stream().noneMatch(problem -> problem.file().contains("originals/")));
    }

    @Test
    void noCopyIsPrunedWhileATranslationsDocumentHasAnError() throws IOException {
        Path i18n = I18nCopy.current(temp);
        String before = SourceVersion.of(Files.readString(i18n.resolve(FRENCH)));
        I18nCopy.reword(i18n);
        List<String> tags = translations(I18nReader.read(I18nSource.directory(i18n)));
        String broken = tags.get(tags.size() - 1);
        for (String tag : tags.subList(0, tags.size() - 1)) {
            MarkCurrentCommand.mark(i18n, tag);
        }
        // The last translation still records the old version, but its front matter no longer opens: unreadable.
        I18nCopy.edit(i18n, "content/legal-notice." + broken + ".md", text -> text.replaceFirst("---\n", ""));

        assertEquals(List.of(), OriginalCopies.prune(i18n));
        assertTrue(Files.exists(i18n.resolve(I18nLayout.originalCopy(before))), "the copy " + broken + " records is kept");

        I18nCopy.edit(i18n, "content/legal-notice." + broken + ".md", text -> "---\n" + text);
        assertEquals(List.of(), OriginalCopies.prune(i18n), broken + " records " + before + " again");
    }

    @Test
    void anEditedCopyIsReportedAndNotUsed() throws IOException {
        Path i18n = I18nCopy.current(temp);
        String version = SourceVersion.of(Files.readString(i18n.resolve(FRENCH)));
        String heading = I18nCopy.headings(i18n).get(0);
        I18nCopy.edit(i18n, I18nLayout.originalCopy(version), text -> text.replace("## " + heading + "\n", "## " + heading + " modifié\n"));
        I18nFiles files = I18nReader.read(I18nSource.directory(i18n));
        assertNull(files.originals().get(version));
        assertTrue(files.problems().stream().anyMatch(problem -> problem.toString().startsWith("i18n/" + I18nLayout.originalCopy(version)
                + ": warning: this copy of the original is not version " + version)), files.problems().toString());
        assertFalse(files.hasErrors(), "the site still serves");
    }

    @Test
    void theDiffIsWordByWord() {
        assertEquals(List.of(new DiffToken(Kind.EQUAL, "sous le "), new DiffToken(Kind.DELETED, "numéro"), new DiffToken(Kind.INSERTED, "n°"),
                new DiffToken(Kind.EQUAL, " 933")), OriginalComparison.diff("sous le numéro 933", "sous le n° 933"));
        assertEquals("sous le [-numéro-]{+n°+} 933", Report.terminal(OriginalComparison.diff("sous le numéro 933", "sous le n° 933")));
    }

    private OriginalChanges changesOf(Path i18n) {
        I18nFiles files = I18nReader.read(I18nSource.directory(i18n));
        return TranslationCheck.changes(files, translations(files).get(0));
    }

    private static List<String> translations(I18nFiles files) {
        List<String> tags = files.documents().keySet().stream().filter(tag -> !tag.equals(I18nLayout.ORIGINAL)).sorted().toList();
        assertFalse(tags.isEmpty());
        return tags;
    }

    private static LanguageStatus status(Report report, String tag) {
        return report.languages().stream().filter(status -> status.tag().equals(tag)).findFirst().orElseThrow();
    }
}
