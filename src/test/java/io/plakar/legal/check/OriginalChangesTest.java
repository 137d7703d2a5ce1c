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
    void everyShippedTranslationRecordsTheCurrentOriginalWhoseCopyIsKept() throws IOException {
        I18nFiles files = I18nReader.read(I18nSource.directory(I18nCopy.I18N));
        String version = files.original().version();
        assertTrue(files.originals().containsKey(version), "i18n/" + I18nLayout.originalCopy(version) + " is missing");
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
        Path i18n = I18nCopy.into(temp);
        I18nCopy.edit(i18n, FRENCH, text -> text.replace("téléphone\u00a0: {{host.phone}}", "tél.\u00a0: {{host.phone}}"));
        I18nFiles files = I18nReader.read(I18nSource.directory(i18n));
        Report report = TranslationCheck.check(files);
        int line = I18nCopy.line(i18n, FRENCH, "## Hébergeur");
        DocumentFile original = files.original();
        int section = original.sectionOf(line);

        for (String tag : translations(files)) {
            LanguageStatus status = status(report, tag);
            assertEquals(Document.STALE, status.document());
            OriginalChanges changes = status.changes();
            assertEquals(1, changes.changed().size(), tag + ": " + changes.changed());
            SectionChange change = changes.changed().get(0);
            assertEquals(new SectionChange(section, "Hébergeur", "i18n/" + FRENCH, line, State.CHANGED, change.diff()), change);
            assertTrue(change.diff().contains(new DiffToken(Kind.DELETED, "téléphone")), change.diff().toString());
            assertTrue(change.diff().contains(new DiffToken(Kind.INSERTED, "tél.")), change.diff().toString());
            assertEquals(original.headings().size() - 1, changes.unchanged().size(), "the other sections are current");
            assertTrue(changes.unchanged().stream().allMatch(unchanged -> unchanged.state() == State.CURRENT && unchanged.diff().isEmpty()));
            for (int other = 0; other <= original.headings().size(); other++) {
                assertEquals(other == section, changes.needsReview(other), tag + " section " + other);
            }
            assertTrue(report.problems().stream().anyMatch(problem -> problem.toString().startsWith("i18n/content/legal-notice." + tag + ".md:")
                    && problem.message().contains("changed since: section 'Hébergeur' (i18n/" + FRENCH + ":" + line + "); the other "
                    + (original.headings().size() - 1) + " sections are current")), report.format());
        }
        assertTrue(report.format().contains("i18n/" + FRENCH + ":" + line + ": 'Hébergeur' changed\n"), report.format());
        assertTrue(report.format().contains("[-téléphone-]{+tél.+}"), report.format());
        assertEquals(1, report.originalChanges().size(), "one version, shown once for every translation of it");
        assertFalse(report.hasErrors(), report.format());
    }

    @Test
    void aSectionAddedToTheOriginalIsNamedAsAdded() throws IOException {
        Path i18n = I18nCopy.into(temp);
        I18nCopy.edit(i18n, FRENCH, text -> text.replace("## Cookies\n", "## Réclamations\n\nÉcrivez-nous.\n\n## Cookies\n"));
        OriginalChanges changes = changesOf(i18n);
        assertEquals(List.of("Réclamations"), changes.changed().stream().map(SectionChange::heading).toList());
        assertEquals(State.ADDED, changes.changed().get(0).state());
        assertEquals(List.of(new DiffToken(Kind.INSERTED, "## Réclamations\n\nÉcrivez-nous.")), changes.changed().get(0).diff());
        assertEquals(I18nCopy.line(i18n, FRENCH, "## Réclamations"), changes.changed().get(0).line());
    }

    @Test
    void aSectionRemovedFromTheOriginalIsNamedAsRemovedWhereItWas() throws IOException {
        Path i18n = I18nCopy.into(temp);
        I18nCopy.edit(i18n, FRENCH, text -> text.replaceFirst("## Contact\n[^#]*", ""));
        OriginalChanges changes = changesOf(i18n);
        assertEquals(1, changes.changed().size(), changes.changed().toString());
        SectionChange removed = changes.changed().get(0);
        assertEquals(State.REMOVED, removed.state());
        assertEquals("Contact", removed.heading());
        assertEquals(I18nCopy.line(i18n, FRENCH, "## Objet du site"), removed.line(), "where the section was");
        assertTrue(removed.diff().stream().allMatch(DiffToken::isDeleted));
    }

    @Test
    void aRenamedHeadingIsTheSameSectionChanged() throws IOException {
        Path i18n = I18nCopy.into(temp);
        I18nCopy.edit(i18n, FRENCH, text -> text.replace("## Contact\n", "## Nous contacter\n"));
        OriginalChanges changes = changesOf(i18n);
        assertEquals(1, changes.changed().size(), changes.changed().toString());
        assertEquals(State.CHANGED, changes.changed().get(0).state());
        assertEquals("Nous contacter", changes.changed().get(0).heading());
    }

    @Test
    void withoutACopyOfTheRecordedVersionATranslationIsStaleWithoutDetail() throws IOException {
        Path i18n = I18nCopy.into(temp);
        String version = SourceVersion.of(Files.readString(i18n.resolve(FRENCH)));
        Files.delete(i18n.resolve(I18nLayout.originalCopy(version)));
        I18nCopy.edit(i18n, FRENCH, text -> text.replace("## Contact\n", "## Nous contacter\n"));
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
        Path i18n = I18nCopy.into(temp);
        String before = SourceVersion.of(Files.readString(i18n.resolve(FRENCH)));
        I18nCopy.edit(i18n, FRENCH, text -> text.replace("## Contact\n", "## Nous contacter\n"));
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
        Path i18n = I18nCopy.into(temp);
        String before = SourceVersion.of(Files.readString(i18n.resolve(FRENCH)));
        I18nCopy.edit(i18n, FRENCH, text -> text.replace("## Contact\n", "## Nous contacter\n"));
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
        Path i18n = I18nCopy.into(temp);
        String version = SourceVersion.of(Files.readString(i18n.resolve(FRENCH)));
        I18nCopy.edit(i18n, I18nLayout.originalCopy(version), text -> text.replace("## Contact\n", "## Contacts\n"));
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
