package io.plakar.legal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.plakar.legal.I18nCopy;

/**
 * The one reader of {@code i18n/}: what it reads, with lines, and every problem of a broken set
 * of files, each with its file and line, not only the first.
 */
class I18nReaderTest {

    @TempDir
    Path temp;

    @Test
    void readsTheShippedFilesWithoutAnError() throws IOException {
        I18nFiles files = I18nReader.read(I18nSource.directory(I18nCopy.I18N));
        assertFalse(files.hasErrors(), files.problems().toString());
        List<String> tags = SiteContentLoaderTest.shipped();
        assertEquals(tags, List.copyOf(files.tags()));
        assertEquals(tags, List.copyOf(files.bundles().keySet()));
        assertEquals(tags, files.documents().keySet().stream().sorted().toList());
        assertEquals(tags, files.languages().stream().map(language -> language.tag()).sorted().toList());
        assertNotNull(files.facts());
        for (String tag : tags) {
            DocumentFile document = files.documents().get(tag);
            assertEquals("i18n/content/legal-notice." + tag + ".md", document.file());
            assertEquals(I18nCopy.line(I18nCopy.I18N, I18nLayout.document(tag), "slug:"), document.slugLine(), tag);
            assertEquals(I18nCopy.line(I18nCopy.I18N, I18nLayout.document(tag), "lastmod:"), document.lastmodLine(), tag);
            assertEquals(SiteContentLoaderTest.lastmod(tag), document.lastmod(), tag);
            assertEquals(I18nCopy.line(I18nCopy.I18N, I18nLayout.document(tag), "## "), document.headings().get(0).line(), tag);
            assertEquals(I18nCopy.line(I18nCopy.I18N, I18nLayout.bundle(tag), "language.name"), files.bundles().get(tag).get("language.name").line(), tag);
        }
    }

    /** One set of files with a defect of each kind the reader finds: every one is reported, with its file and line. */
    @Test
    void reportsEveryProblemOfABrokenSetOfFilesWithItsFileAndLine() throws IOException {
        Path i18n = I18nCopy.into(temp);
        I18nCopy.edit(i18n, "facts.properties", text -> text + "company.founded = 2025-13-45\n");
        I18nCopy.edit(i18n, "messages/fr.properties", text -> text.replace("Page introuvable", "Page introuvable (rÃ©essayez)"));
        I18nCopy.edit(i18n, "messages/it.properties", text -> text.replace("L''originale", "L'originale") + "\nsite.name = Plakar bis\n");
        I18nCopy.edit(i18n, "messages/de.properties", text -> text.replaceFirst("(?m)^language\\.format-locale = .*$", "language.format-locale = fr")
                + "broken = \\u00e\n");
        Files.write(i18n.resolve("messages/es.properties"), Files.readString(i18n.resolve("messages/es.properties")).getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(i18n.resolve("messages/Pt_BR.properties"), "language.name = Português\n");
        Files.writeString(i18n.resolve("messages/notes.txt"), "not a bundle\n");
        I18nCopy.edit(i18n, "content/legal-notice.de.md", text -> text.replace("slug: \"impressum\"\n", "slug: \"impressum\"\nthis is not a field\n")
                .replace("{{company.vat}}", "{{company.tva}}"));
        I18nCopy.edit(i18n, "content/legal-notice.es.md", text -> text.replace("slug: \"aviso-legal\"", "slug: \"Aviso legal\"")
                .replaceFirst("(?m)^lastmod: .*$", "lastmod: yesterday"));
        I18nCopy.edit(i18n, "content/legal-notice.en.md", text -> text.replaceFirst("title: .*\\n", ""));
        I18nCopy.edit(i18n, "content/legal-notice.nl.md", text -> text.substring(text.indexOf("\n---\n") + 5));
        Files.writeString(i18n.resolve("content/legal-notice." + I18nCopy.NEW_TAG + ".md"), "---\ntitle: x\nslug: x\n---\n");

        I18nFiles files = I18nReader.read(I18nSource.directory(i18n));
        List<String> expected = List.of(
                "i18n/facts.properties:" + I18nCopy.line(i18n, "facts.properties", "company.founded") + ": error: the fact company.founded = 2025-13-45 is not a valid amount or date",
                "i18n/messages/fr.properties:" + I18nCopy.line(i18n, "messages/fr.properties", "rÃ©essayez") + ": error: 'Ã©' looks like text decoded with the wrong encoding",
                "i18n/messages/it.properties:" + I18nCopy.line(i18n, "messages/it.properties", "L'originale") + ": error: single apostrophe in 'notice.stale'",
                "i18n/messages/it.properties:" + lines(i18n, "messages/it.properties") + ": error: duplicate key 'site.name': it is already defined on line "
                        + I18nCopy.line(i18n, "messages/it.properties", "site.name"),
                "i18n/messages/de.properties:" + I18nCopy.line(i18n, "messages/de.properties", "language.format-locale") + ": error: language.format-locale: 'fr' is not a variant",
                "i18n/messages/de.properties:" + lines(i18n, "messages/de.properties") + ": error: malformed \\u escape",
                "i18n/messages/es.properties:" + firstNonAscii(i18n, "messages/es.properties") + ": error: the file is not valid UTF-8",
                "i18n/messages/Pt_BR.properties: error: the file name must be a lower-case language tag",
                "i18n/messages/notes.txt: warning: not a .properties file: ignored",
                "i18n/content/legal-notice.de.md:4: error: the front matter cannot be read here: expected 'name: value'",
                "i18n/content/legal-notice.de.md:" + I18nCopy.line(i18n, "content/legal-notice.de.md", "{{company.tva}}") + ": error: unknown fact {{company.tva}}",
                "i18n/content/legal-notice.es.md:3: error: the slug 'Aviso legal' is not URL-safe",
                "i18n/content/legal-notice.es.md:" + I18nCopy.line(i18n, "content/legal-notice.es.md", "lastmod:") + ": error: the lastmod 'yesterday' is not a date",
                "i18n/content/legal-notice.en.md:1: error: the front matter lacks the required field 'title'",
                "i18n/content/legal-notice.nl.md:1: error: the front matter is missing",
                "i18n/content/legal-notice." + I18nCopy.NEW_TAG + ".md: warning: no messages/" + I18nCopy.NEW_TAG + ".properties: the language is not served");
        for (String problem : expected) {
            assertTrue(files.problems().stream().anyMatch(found -> found.toString().startsWith(problem)),
                    "expected a problem starting with\n  " + problem + "\nbut found\n" + String.join("\n", files.problems().stream().map(Problem::toString).toList()));
        }
        assertEquals(expected.size(), files.problems().size(), String.join("\n", files.problems().stream().map(Problem::toString).toList()));

        // What could be read is there: the document whose front matter is broken is read on, the one without front matter is not.
        assertNotNull(files.documents().get("de"));
        assertFalse(files.documents().containsKey("nl"));
        assertFalse(files.bundles().containsKey("es"));

        // The site's loading refuses it, listing every error, in the same order, with file and line.
        ContentException refused = assertThrows(ContentException.class, () -> SiteContentLoader.load(I18nSource.directory(i18n)));
        assertEquals(files.errors(), refused.problems());
        assertEquals(expected.stream().filter(problem -> problem.contains(": error: ")).count(), refused.problems().size());
        for (Problem error : files.errors()) {
            assertTrue(refused.getMessage().contains(ContentException.describe(error)), refused.getMessage());
        }
    }

    @Test
    void aPseudoLanguagesTagIsReservedForTheGeneratedFiles() throws IOException {
        Path i18n = I18nCopy.into(temp);
        Files.copy(i18n.resolve("messages/en.properties"), i18n.resolve("messages/en-xa.properties"));
        Files.copy(i18n.resolve("content/legal-notice.en.md"), i18n.resolve("content/legal-notice.en-xa.md"));
        I18nFiles files = I18nReader.read(I18nSource.directory(i18n));
        assertTrue(files.errors().contains(Problem.error("i18n/messages/en-xa.properties", 0, String.format(I18nReader.RESERVED_TAG, "en-xa"))),
                files.problems().toString());
        assertFalse(files.languages().stream().anyMatch(language -> language.tag().equals("en-xa")), "never served");
        Files.delete(i18n.resolve("messages/en-xa.properties"));
        Files.delete(i18n.resolve("content/legal-notice.en-xa.md"));
        assertFalse(I18nReader.read(PseudoLocale.over(I18nSource.directory(i18n))).hasErrors(), "the generated ones are read as ever");
    }

    @Test
    void aMissingOriginalIsAnError() throws IOException {
        Path i18n = I18nCopy.into(temp);
        Files.delete(i18n.resolve("content/legal-notice.fr.md"));
        Files.delete(i18n.resolve("messages/fr.properties"));
        Files.delete(i18n.resolve("facts.properties"));
        I18nFiles files = I18nReader.read(I18nSource.directory(i18n));
        assertEquals(List.of(
                Problem.error("i18n/content/legal-notice.fr.md", 0, "the original document is missing or unreadable"),
                Problem.error("i18n/facts.properties", 0, "the facts file is missing"),
                Problem.error("i18n/messages/fr.properties", 0, "the original language's strings are missing")), files.problems());
    }

    private static int lines(Path i18n, String file) throws IOException {
        return Files.readAllLines(i18n.resolve(file)).size();
    }

    /** The line of the first non-ASCII character, in the shipped file. */
    private static int firstNonAscii(Path i18n, String file) throws IOException {
        List<String> lines = Files.readAllLines(I18nCopy.I18N.resolve(file));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).chars().anyMatch(c -> c > 127)) {
                return i + 1;
            }
        }
        throw new AssertionError(file + " is ASCII");
    }
}
