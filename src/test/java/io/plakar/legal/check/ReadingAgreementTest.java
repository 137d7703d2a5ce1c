package io.plakar.legal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.plakar.legal.I18nCopy;
import io.plakar.legal.check.LanguageStatus.Document;
import io.plakar.legal.content.ContentException;
import io.plakar.legal.content.I18nSource;
import io.plakar.legal.content.Problem;
import io.plakar.legal.content.SiteContent;
import io.plakar.legal.content.SiteContentLoader;
import io.plakar.legal.i18n.LanguageNegotiator;
import io.plakar.legal.tooling.MarkCurrentCommand;

/** The site and the check read {@code i18n/} with the same reader, so they agree on what is broken. */
class ReadingAgreementTest {

    @TempDir
    Path temp;

    /** A front matter line the check rejects is refused by the site, not silently dropped, with the same problem. */
    @Test
    void aBrokenFrontMatterLineIsRefusedByTheSiteExactlyAsTheCheckReportsIt() throws IOException {
        Path i18n = I18nCopy.into(temp);
        Path file = i18n.resolve("content/legal-notice.de.md");
        Files.writeString(file, Files.readString(file).replace("slug: \"impressum\"\n", "slug: \"impressum\"\nthis is not a field\n"));
        Problem expected = Problem.error("i18n/content/legal-notice.de.md", 4, "the front matter cannot be read here: expected 'name: value'");

        Report report = TranslationCheck.run(I18nSource.directory(i18n));
        List<Problem> errors = report.problems().stream().filter(Problem::isError).toList();
        assertEquals(List.of(expected), errors, report.format());

        ContentException refused = assertThrows(ContentException.class, () -> SiteContentLoader.load(I18nSource.directory(i18n)));
        assertEquals(errors, refused.problems());
        assertEquals("i18n/content/legal-notice.de.md:4: the front matter cannot be read here: expected 'name: value'", refused.getMessage());
    }

    /** Every error of the check that the reader finds is one the site refuses, and no other. */
    @Test
    void theSiteRefusesWhatTheReaderFindsAndTheCheckReportsItToo() throws IOException {
        Path i18n = I18nCopy.into(temp);
        Path de = i18n.resolve("content/legal-notice.de.md");
        Files.writeString(de, Files.readString(de).replace("{{company.vat}}", "{{company.tva}}").replace("slug: \"impressum\"", "slug: \"Impressum\""));
        Path it = i18n.resolve("messages/it.properties");
        Files.writeString(it, Files.readString(it).replace("L''originale", "L'originale"));

        ContentException refused = assertThrows(ContentException.class, () -> SiteContentLoader.load(I18nSource.directory(i18n)));
        assertEquals(3, refused.problems().size(), refused.getMessage());
        List<Problem> checked = TranslationCheck.run(I18nSource.directory(i18n)).problems();
        assertTrue(checked.containsAll(refused.problems()), checked.toString());
    }

    /** A language added from files alone, a copy of another's two files with its own name, slug and formats. */
    @Test
    void aLanguageCopiedFromAnotherIsCheckedServedListedAndNegotiated() throws IOException {
        Path i18n = I18nCopy.current(temp);
        String from = I18nCopy.translations(i18n).get(0);
        Files.writeString(i18n.resolve("messages/pt.properties"), Files.readString(i18n.resolve("messages/" + from + ".properties"))
                .replaceFirst("(?m)^language\\.name = .*$", "language.name = Português")
                .replaceFirst("(?m)^language\\.format-locale = .*$", "language.format-locale = pt-PT"));
        String english = Files.readString(i18n.resolve("content/legal-notice." + from + ".md"));
        Files.writeString(i18n.resolve("content/legal-notice.pt.md"), english.replaceFirst("(?m)^slug: .*$", "slug: \"nota-legal\""));
        MarkCurrentCommand.mark(i18n, "pt");

        Report report = TranslationCheck.run(I18nSource.directory(i18n));
        assertFalse(report.hasErrors(), report.format());
        LanguageStatus pt = report.languages().stream().filter(status -> status.tag().equals("pt")).findFirst().orElseThrow();
        assertEquals(Document.CURRENT, pt.document());
        assertEquals(100, pt.percent());

        SiteContent content = SiteContentLoader.load(I18nSource.directory(i18n));
        assertTrue(content.tags().contains("pt"), content.tags().toString());
        assertEquals("Português", content.language("pt").orElseThrow().name());
        assertEquals("/pt/nota-legal", content.path("pt"));
        assertTrue(content.translated("pt"));
        assertFalse(content.stale("pt"));
        assertEquals("pt", new LanguageNegotiator(content.tags(), SiteContent.ORIGINAL).negotiate(null, "pt-BR, en;q=0.5"));
    }
}
