package io.plakar.legal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.plakar.legal.I18nCopy;
import io.plakar.legal.check.LanguageStatus.Document;
import io.plakar.legal.content.I18nSource;
import io.plakar.legal.content.SourceVersion;
import io.plakar.legal.tooling.MarkCurrentCommand;


/**
 * One test for each kind of problem: a copy of the real {@code i18n/} with that one defect,
 * and the exact file and line the report must name.
 */
class TranslationCheckTest {

    @TempDir
    Path temp;

    /**
     * The check of the real files, run by every {@code mvn test}: an error fails the build, a
     * warning (a stale translation, a missing string) is printed and does not.
     */
    @Test
    void theShippedFilesHaveNoError() throws IOException {
        Report report = TranslationCheck.run(I18nSource.directory(Path.of("i18n")));
        System.out.print("Translation check of i18n/:\n" + report.format());
        assertFalse(report.hasErrors(), report.format());
        assertEquals(shipped(), report.languages().stream().map(LanguageStatus::tag).toList());
        assertTrue(report.problems().stream().noneMatch(problem -> problem.file().startsWith("i18n/originals/")),
                "the kept copies of the original are each recorded by a translation and unaltered:\n" + report.format());
    }

    // Bundles

    @Test
    void missingKey() throws IOException {
        Path i18n = copy();
        I18nCopy.edit(i18n, "messages/de.properties", text -> text.replaceFirst("(?m)^skip\\.link = .*\\n", ""));
        Report report = TranslationCheck.run(I18nSource.directory(i18n));
        assertReports(report, "i18n/messages/de.properties: warning: missing key 'skip.link' (i18n/messages/fr.properties:"
                + I18nCopy.line(i18n, "messages/fr.properties", "skip.link") + "): the French text is shown");
        assertFalse(report.hasErrors());
        assertEquals(translatedShare(report, "de"), 100 * (keys(i18n) - 1) / keys(i18n));
    }

    @Test
    void unknownKey() throws IOException {
        Path i18n = copy();
        I18nCopy.edit(i18n, "messages/de.properties", text -> text.replace("skip.link =", "skip.lnk ="));
        assertReports(TranslationCheck.run(I18nSource.directory(i18n)), "i18n/messages/de.properties:"
                + I18nCopy.line(i18n, "messages/de.properties", "skip.lnk") + ": error: unknown key 'skip.lnk'");
    }

    @Test
    void emptyValue() throws IOException {
        Path i18n = copy();
        I18nCopy.edit(i18n, "messages/es.properties", text -> text.replaceFirst("(?m)^toc\\.title = .*$", "toc.title ="));
        assertReports(TranslationCheck.run(I18nSource.directory(i18n)), "i18n/messages/es.properties:"
                + I18nCopy.line(i18n, "messages/es.properties", "toc.title") + ": warning: empty value for 'toc.title'");
    }

    @Test
    void duplicateKey() throws IOException {
        Path i18n = copy();
        I18nCopy.edit(i18n, "messages/it.properties", text -> text + "\nsite.name = Plakar bis\n");
        int last = Files.readAllLines(i18n.resolve("messages/it.properties")).size();
        assertReports(TranslationCheck.run(I18nSource.directory(i18n)), "i18n/messages/it.properties:" + last
                + ": error: duplicate key 'site.name': it is already defined on line " + I18nCopy.line(i18n, "messages/it.properties", "site.name"));
    }

    @Test
    void placeholderThatDiffersFromTheOriginal() throws IOException {
        Path i18n = copy();
        I18nCopy.edit(i18n, "messages/de.properties", text -> text.replace("Letzte Aktualisierung: {0}", "Letzte Aktualisierung: {1,date}"));
        assertReports(TranslationCheck.run(I18nSource.directory(i18n)), "i18n/messages/de.properties:"
                + I18nCopy.line(i18n, "messages/de.properties", "updated") + ": error: placeholders of 'updated' are [{1,date}]");
    }

    @Test
    void apostropheThatMessageFormatWouldSwallow() throws IOException {
        Path i18n = copy();
        I18nCopy.edit(i18n, "messages/it.properties", text -> text.replace("L''originale", "L'originale"));
        assertReports(TranslationCheck.run(I18nSource.directory(i18n)), "i18n/messages/it.properties:"
                + I18nCopy.line(i18n, "messages/it.properties", "notice.stale") + ": error: single apostrophe in 'notice.stale'");
    }

    @Test
    void fileThatIsNotUtf8() throws IOException {
        Path i18n = copy();
        Path file = i18n.resolve("messages/es.properties");
        Files.write(file, Files.readString(file).getBytes(StandardCharsets.ISO_8859_1));
        int firstAccent = 0;
        List<String> lines = Files.readAllLines(Path.of("i18n/messages/es.properties"));
        for (int i = 0; i < lines.size() && firstAccent == 0; i++) {
            if (lines.get(i).chars().anyMatch(c -> c > 127)) {
                firstAccent = i + 1;
            }
        }
        assertReports(TranslationCheck.run(I18nSource.directory(i18n)), "i18n/messages/es.properties:" + firstAccent
                + ": error: the file is not valid UTF-8; save it as UTF-8");
    }

    @Test
    void formatLocaleOfAnotherLanguage() throws IOException {
        Path i18n = copy();
        I18nCopy.edit(i18n, "messages/de.properties", text -> text.replaceFirst("(?m)^language\\.format-locale = .*$", "language.format-locale = fr"));
        assertReports(TranslationCheck.run(I18nSource.directory(i18n)), "i18n/messages/de.properties:"
                + I18nCopy.line(i18n, "messages/de.properties", "language.format-locale") + ": error: language.format-locale: 'fr' is not a variant of the language 'de'");
    }

    @Test
    void formatLocaleMissingSaysTheLanguageKeepsItsOwnFormats() throws IOException {
        Path i18n = copy();
        I18nCopy.edit(i18n, "messages/it.properties", text -> text.replaceFirst("(?m)^language\\.format-locale = .*\\n", ""));
        Report report = TranslationCheck.run(I18nSource.directory(i18n));
        assertReports(report, "i18n/messages/it.properties: warning: missing key 'language.format-locale' (i18n/messages/fr.properties:"
                + I18nCopy.line(i18n, "messages/fr.properties", "language.format-locale") + "): dates and amounts follow the language's own tag");
        assertFalse(report.hasErrors(), report.format());
    }

    @Test
    void mojibake() throws IOException {
        Path i18n = copy();
        I18nCopy.edit(i18n, "messages/fr.properties", text -> text.replace("Page introuvable", "Page introuvable (rÃ©essayez)"));
        assertReports(TranslationCheck.run(I18nSource.directory(i18n)), "i18n/messages/fr.properties:"
                + I18nCopy.line(i18n, "messages/fr.properties", "error.404.title") + ": error: 'Ã©' looks like text decoded with the wrong encoding");
    }

    // Front matter

    @Test
    void frontMatterMissing() throws IOException {
        Path i18n = copy();
        I18nCopy.edit(i18n, "content/legal-notice.nl.md", text -> text.substring(text.indexOf("\n---\n") + 5));
        assertReports(TranslationCheck.run(I18nSource.directory(i18n)),
                "i18n/content/legal-notice.nl.md:1: error: the front matter is missing: the file must start with a line '---'");
    }

    @Test
    void frontMatterUnparseable() throws IOException {
        Path i18n = copy();
        I18nCopy.edit(i18n, "content/legal-notice.de.md", text -> text.replace("slug: \"impressum\"\n", "slug: \"impressum\"\nthis is not a field\n"));
        assertReports(TranslationCheck.run(I18nSource.directory(i18n)),
                "i18n/content/legal-notice.de.md:4: error: the front matter cannot be read here: expected 'name: value'");
    }

    @Test
    void frontMatterWithAnUnclosedQuote() throws IOException {
        Path i18n = copy();
        I18nCopy.edit(i18n, "content/legal-notice.en.md", text -> text.replace("title: \"Legal Notice\"", "title: \"Legal Notice"));
        assertReports(TranslationCheck.run(I18nSource.directory(i18n)),
                "i18n/content/legal-notice.en.md:2: error: the value of 'title' opens a quote it does not close");
    }

    @Test
    void frontMatterLackingARequiredField() throws IOException {
        Path i18n = copy();
        I18nCopy.edit(i18n, "content/legal-notice.es.md", text -> text.replaceFirst("title: .*\\n", ""));
        assertReports(TranslationCheck.run(I18nSource.directory(i18n)),
                "i18n/content/legal-notice.es.md:1: error: the front matter lacks the required field 'title'");
    }

    @Test
    void duplicateSlug() throws IOException {
        Path i18n = copy();
        I18nCopy.edit(i18n, "content/legal-notice.it.md", text -> text.replace("slug: \"note-legali\"", "slug: \"impressum\""));
        assertReports(TranslationCheck.run(I18nSource.directory(i18n)),
                "i18n/content/legal-notice.it.md:3: error: duplicate slug 'impressum': i18n/content/legal-notice.de.md has it too");
    }

    @Test
    void slugThatIsNotUrlSafe() throws IOException {
        Path i18n = copy();
        I18nCopy.edit(i18n, "content/legal-notice.es.md", text -> text.replace("slug: \"aviso-legal\"", "slug: \"Aviso legal\""));
        assertReports(TranslationCheck.run(I18nSource.directory(i18n)),
                "i18n/content/legal-notice.es.md:3: error: the slug 'Aviso legal' is not URL-safe");
    }

    // Structure, links and facts

    @Test
    void headingMissing() throws IOException {
        Path i18n = copy();
        I18nCopy.edit(i18n, "content/legal-notice.es.md", text -> text.replace("## Cookies\n", "Cookies\n"));
        int last = Files.readAllLines(i18n.resolve("content/legal-notice.es.md")).size() + 1;
        long headings = Files.readAllLines(i18n.resolve("content/legal-notice.fr.md")).stream().filter(line -> line.startsWith("## ")).count();
        assertReports(TranslationCheck.run(I18nSource.directory(i18n)), "i18n/content/legal-notice.es.md:" + last
                + ": error: has " + (headings - 1) + " headings where the original has " + headings + ": nothing matches the original's 'Cookies' (i18n/content/legal-notice.fr.md:"
                + I18nCopy.line(i18n, "content/legal-notice.fr.md", "## Cookies") + ")");
    }

    @Test
    void headingOfAnotherLevel() throws IOException {
        Path i18n = copy();
        I18nCopy.edit(i18n, "content/legal-notice.de.md", text -> text.replace("## Hyperlinks", "### Hyperlinks"));
        assertReports(TranslationCheck.run(I18nSource.directory(i18n)), "i18n/content/legal-notice.de.md:"
                + I18nCopy.line(i18n, "content/legal-notice.de.md", "### Hyperlinks") + ": error: heading of level 3 where the original's 'Liens hypertextes'");
    }

    @Test
    void linkWhoseTargetDiffers() throws IOException {
        Path i18n = copy();
        I18nCopy.edit(i18n, "content/legal-notice.nl.md", text -> text.replace("<{{privacy.url}}>", "[{{privacy.url}}](https://plakar.example/privacy/)"));
        int line = I18nCopy.line(i18n, "content/legal-notice.nl.md", "https://plakar.example/privacy/");
        Report report = TranslationCheck.run(I18nSource.directory(i18n));
        assertReports(report, "i18n/content/legal-notice.nl.md:" + line
                + ": error: link to 'https://plakar.example/privacy/' is not in the original (section 'Données personnelles')");
        assertReports(report, "i18n/content/legal-notice.nl.md:" + heading(i18n, "content/legal-notice.nl.md", 9)
                + ": error: the original's link to 'https://plakar.io/privacy-policy/' (section 'Données personnelles') is missing here");
    }

    @Test
    void referenceStyleLinkOrImageToAnotherTargetIsAnError() throws IOException {
        Path i18n = copy();
        I18nCopy.edit(i18n, "content/legal-notice.de.md", text -> text.replace("## Hyperlinks",
                "Zahlungen nur über [unser Portal][z].\n\n[z]: <https://evil.example/pay>\n\n![logo](https://evil.example/pixel.png)\n\n## Hyperlinks"));
        Report report = TranslationCheck.run(I18nSource.directory(i18n));
        assertReports(report, "i18n/content/legal-notice.de.md:" + I18nCopy.line(i18n, "content/legal-notice.de.md", "[z]: <https://evil.example/pay>")
                + ": error: link to 'https://evil.example/pay' is not in the original");
        assertReports(report, "i18n/content/legal-notice.de.md:" + I18nCopy.line(i18n, "content/legal-notice.de.md", "![logo]")
                + ": error: link to 'https://evil.example/pixel.png' is not in the original");
    }

    @Test
    void factMissing() throws IOException {
        Path i18n = copy();
        I18nCopy.edit(i18n, "content/legal-notice.de.md", text -> text.replace("{{company.vat}}", "FR79933509754"));
        Report report = TranslationCheck.run(I18nSource.directory(i18n));
        assertReports(report, "i18n/content/legal-notice.de.md:" + heading(i18n, "content/legal-notice.de.md", 1)
                + ": error: the original's fact '{{company.vat}}' (section 'Éditeur du site') is missing here");
    }

    @Test
    void factAltered() throws IOException {
        Path i18n = copy();
        I18nCopy.edit(i18n, "content/legal-notice.en.md", text -> text.replace("{{host.phone}}", "+1 (415) 802-2317"));
        int line = I18nCopy.line(i18n, "content/legal-notice.en.md", "802-2317");
        assertReports(TranslationCheck.run(I18nSource.directory(i18n)),
                "i18n/content/legal-notice.en.md:" + line + ": error: '14158022317' is not in the original (section 'Hébergeur'): altered or added?");
    }

    @Test
    void unknownFact() throws IOException {
        Path i18n = copy();
        I18nCopy.edit(i18n, "content/legal-notice.ar.md", text -> text.replace("{{company.siren}}", "{{company.sirne}}"));
        assertReports(TranslationCheck.run(I18nSource.directory(i18n)), "i18n/content/legal-notice.ar.md:"
                + I18nCopy.line(i18n, "content/legal-notice.ar.md", "{{company.sirne}}") + ": error: unknown fact {{company.sirne}}");
    }

    // Stale translations

    @Test
    void aChangedOriginalMakesEveryTranslationStaleUntilMarkedCurrent() throws IOException {
        Path i18n = copy();
        markAllCurrent(i18n);
        String before = SourceVersion.of(Files.readString(i18n.resolve("content/legal-notice.fr.md")));
        I18nCopy.edit(i18n, "content/legal-notice.fr.md", text -> withLastmod(text, laterThanTheOriginal(i18n)) + "\nUne phrase ajoutée à l'original.\n");
        Report report = TranslationCheck.run(I18nSource.directory(i18n));
        assertFalse(report.hasErrors(), report.format());
        for (String tag : I18nCopy.translations(i18n)) {
            assertReports(report, "i18n/content/legal-notice." + tag + ".md:" + I18nCopy.line(i18n, "content/legal-notice." + tag + ".md", "original_version")
                    + ": warning: stale: translated from version " + before + " of the original");
            assertEquals(Document.STALE, status(report, tag).document());
        }

        String marked = I18nCopy.translations(i18n).get(0);
        String other = I18nCopy.translations(i18n).get(1);
        MarkCurrentCommand.mark(i18n, marked);
        Report after = TranslationCheck.run(I18nSource.directory(i18n));
        assertEquals(Document.CURRENT, status(after, marked).document());
        assertEquals(Document.STALE, status(after, other).document());
    }

    @Test
    void markingCurrentRecordsTheOriginalsVersionAndLastmod() throws IOException {
        Path i18n = copy();
        String tag = I18nCopy.translations(i18n).get(0);
        MarkCurrentCommand.mark(i18n, tag);
        String original = Files.readString(i18n.resolve("content/legal-notice.fr.md"));
        List<String> lines = Files.readAllLines(i18n.resolve("content/legal-notice." + tag + ".md"));
        assertTrue(lines.contains("original_version: " + SourceVersion.of(original)), lines.toString());
        assertTrue(lines.contains("original_lastmod: " + lastmod(original)), lines.toString());
        assertEquals(1, lines.stream().filter(line -> line.startsWith("original_lastmod:")).count(), "set once, even when marked twice");
    }

    // The original's lastmod

    @Test
    void anOriginalChangedWithoutItsLastmodIsReportedAtItsLastmod() throws IOException {
        Path i18n = copy();
        markAllCurrent(i18n);
        String version = SourceVersion.of(Files.readString(i18n.resolve("content/legal-notice.fr.md")));
        I18nCopy.edit(i18n, "content/legal-notice.fr.md", text -> text.replace("sous le numéro {{company.siren}}", "sous le n° {{company.siren}}"));
        Report report = TranslationCheck.run(I18nSource.directory(i18n));
        assertReports(report, "i18n/content/legal-notice.fr.md:" + I18nCopy.line(i18n, "content/legal-notice.fr.md", "lastmod:")
                + ": warning: the original changed since version " + version);
        String still = "but its lastmod is still " + lastmod(Files.readString(i18n.resolve("content/legal-notice.fr.md")));
        assertTrue(report.problems().stream().anyMatch(problem -> problem.toString().contains(still)), report.format());
        assertFalse(report.hasErrors(), report.format());
        assertEquals(1, status(report, "fr").warnings());
    }

    @Test
    void anOriginalChangedWithANewLastmodIsNotReported() throws IOException {
        Path i18n = copy();
        markAllCurrent(i18n);
        I18nCopy.edit(i18n, "content/legal-notice.fr.md", text -> withLastmod(text, laterThanTheOriginal(i18n))
                .replace("sous le numéro {{company.siren}}", "sous le n° {{company.siren}}"));
        Report report = TranslationCheck.run(I18nSource.directory(i18n));
        assertEquals(0, status(report, "fr").warnings(), report.format());
        for (String tag : I18nCopy.translations(i18n)) {
            assertEquals(Document.STALE, status(report, tag).document(), tag);
        }
    }

    @Test
    void theOriginalsLastmodIsNotReportedOnceEveryTranslationIsCurrent() throws IOException {
        Path i18n = copy();
        markAllCurrent(i18n);
        I18nCopy.edit(i18n, "content/legal-notice.fr.md", text -> text.replace("sous le numéro {{company.siren}}", "sous le n° {{company.siren}}"));
        markAllCurrent(i18n);
        assertEquals(0, status(TranslationCheck.run(I18nSource.directory(i18n)), "fr").warnings());
    }

    @Test
    void originalLastmodThatIsNotADate() throws IOException {
        Path i18n = copy();
        String tag = I18nCopy.translations(i18n).get(0);
        MarkCurrentCommand.mark(i18n, tag);
        I18nCopy.edit(i18n, "content/legal-notice." + tag + ".md", text -> text.replaceFirst("(?m)^original_lastmod: .*$", "original_lastmod: yesterday"));
        assertReports(TranslationCheck.run(I18nSource.directory(i18n)), "i18n/content/legal-notice." + tag + ".md:"
                + I18nCopy.line(i18n, "content/legal-notice." + tag + ".md", "original_lastmod") + ": error: the original_lastmod 'yesterday' is not a date");
    }

    // A new language

    @Test
    void aNewLanguageFromFilesAloneIsChecked() throws IOException {
        Path i18n = copy();
        Files.writeString(i18n.resolve("messages/pt.properties"), "language.name = Português\nskip.link = Ir para o conteúdo\n");
        Files.writeString(i18n.resolve("content/legal-notice.pt.md"), Files.readString(i18n.resolve("content/legal-notice.fr.md"))
                .replace("slug: \"mentions-legales\"", "slug: \"aviso-legal-pt\"").replace("title: \"Mentions légales\"", "title: \"Aviso legal\""));
        MarkCurrentCommand.mark(i18n, "pt");
        Report report = TranslationCheck.run(I18nSource.directory(i18n));
        assertFalse(report.hasErrors(), report.format());
        LanguageStatus pt = status(report, "pt");
        // Its document is still the French text, marked current: incomplete, each untranslated block named.
        assertEquals(Document.INCOMPLETE, pt.document());
        assertTrue(report.problems().stream().anyMatch(problem -> problem.file().equals("i18n/content/legal-notice.pt.md")
                && problem.message().startsWith("untranslated: unit 's1.")), report.format());
        assertEquals(2, pt.translated());
        assertEquals(100 * 2 / keys(i18n), pt.percent());
        assertTrue(report.format().matches("(?s).*\\npt +" + pt.percent() + "% +incomplete +0 +" + pt.warnings() + "\\n.*"), report.format());
    }

    // Helpers

    /** The languages of i18n/, as the check lists them. */
    private static List<String> shipped() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("i18n/messages"))) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".properties"))
                    .map(name -> name.substring(0, name.length() - ".properties".length())).sorted().toList();
        }
    }

    private static void markAllCurrent(Path i18n) throws IOException {
        for (String tag : I18nCopy.translations(i18n)) {
            MarkCurrentCommand.mark(i18n, tag);
        }
    }

    /** The lastmod of a document's text, as written. */
    private static String lastmod(String text) {
        Matcher lastmod = Pattern.compile("(?m)^lastmod: *(\\S+)").matcher(text);
        assertTrue(lastmod.find(), "a lastmod");
        return lastmod.group(1);
    }

    private static String withLastmod(String text, String date) {
        return text.replaceFirst("(?m)^lastmod: *\\S+", "lastmod: " + date);
    }

    /** A day after the copy's original lastmod. */
    private static String laterThanTheOriginal(Path i18n) {
        try {
            return LocalDate.parse(lastmod(Files.readString(i18n.resolve("content/legal-notice.fr.md")))).plusDays(1).toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Path copy() throws IOException {
        return I18nCopy.current(temp); // every translation current, whatever state i18n/ is in
    }

    /** The line of the n-th "## " heading of the file. */
    private static int heading(Path i18n, String file, int n) throws IOException {
        List<String> lines = Files.readAllLines(i18n.resolve(file));
        int seen = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("## ") && ++seen == n) {
                return i + 1;
            }
        }
        throw new AssertionError(file + " has fewer than " + n + " headings");
    }

    private static long keys(Path i18n) throws IOException {
        return Files.readAllLines(i18n.resolve("messages/fr.properties")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).count();
    }

    private static long translatedShare(Report report, String tag) {
        return status(report, tag).percent();
    }

    private static LanguageStatus status(Report report, String tag) {
        return report.languages().stream().filter(status -> status.tag().equals(tag)).findFirst().orElseThrow();
    }

    /** The report has a problem that starts with the text (file, line, severity and the start of the message). */
    private static void assertReports(Report report, String expected) {
        assertTrue(report.problems().stream().anyMatch(problem -> problem.toString().startsWith(expected)),
                "expected a problem starting with\n  " + expected + "\nbut the report is\n" + report.format());
    }
}
