package io.plakar.legal.xliff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.plakar.legal.I18nCopy;
import io.plakar.legal.check.LanguageStatus;
import io.plakar.legal.check.Report;
import io.plakar.legal.check.TranslationCheck;
import io.plakar.legal.content.DocumentFile;
import io.plakar.legal.content.I18nFiles;
import io.plakar.legal.content.I18nLayout;
import io.plakar.legal.content.I18nReader;
import io.plakar.legal.content.I18nSource;
import io.plakar.legal.content.SiteContent;
import io.plakar.legal.content.SiteContentLoader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Export then import, on copies of the real {@code i18n/}: every shipped language comes back
 * byte for byte, a new language comes in as files the check accepts and the site reads.
 */
class XliffRoundTripTest {

    @TempDir
    Path temp;

    @Test
    void exportThenImportOfEveryCurrentTranslationChangesNoFile() throws Exception {
        Path i18n = I18nCopy.current(temp);
        Map<String, byte[]> before = snapshot(i18n);
        for (String tag : I18nCopy.translations(i18n)) {
            Path xliff = temp.resolve(tag + ".xlf");

            int[] counts = ExportCommand.export(i18n, tag, xliff);
            XliffImport.Result result = XliffImport.run(i18n, xliff);

            assertEquals(counts[0], counts[1], tag + ": every unit of a current translation has a translation");
            assertEquals(List.of(), result.written(), tag + ": nothing to write");
            assertSameFiles(before, snapshot(i18n));
        }
    }

    @Test
    void theXliffProtectsFactsLinksAndPlaceholdersAsInlineCodes() throws Exception {
        Path i18n = I18nCopy.into(temp);
        Path xliff = temp.resolve("de.xlf");
        ExportCommand.export(i18n, "de", xliff);
        String text = Files.readString(xliff);

        assertTrue(text.contains("<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\""), text);
        assertTrue(text.contains("source-language=\"fr\" target-language=\"de\""), text);
        assertTrue(text.contains("<ph id=\"1\">{0}</ph>"), "the {0} of a pattern");
        assertTrue(text.contains("<ph id=\"1\">&lt;{{website.url}}></ph>"), "an autolink with its fact, one code");
        assertTrue(text.contains("<ph id=\"1\">{{company.brand}}</ph>"), "a fact");
        assertEquals(List.of(new Inline.Code("**{{company.brand}}**"), new Inline.Text(" et "), new Inline.Code("{{company.name}}")),
                Inline.split("**{{company.brand}}** et {{company.name}}", false), "emphasis around a fact is part of its code");
        assertTrue(text.contains("<note>original_version: " + I18nReader.read(I18nSource.directory(i18n)).original().version() + "</note>"));
        assertTrue(text.contains("lower-case ASCII letters, digits and hyphens"), "the slug's note");
        assertTrue(text.contains("state=\"translated\""));
        assertTrue(text.contains("<trans-unit id=\"skip.link\" approved=\"yes\">"), "a current unit is approved, for tools that read approval (xliff2po)");
        assertTrue(text.contains("<note from=\"developer\">Interface string skip.link"), "notes say who wrote them (xliff2po keeps only such notes)");
        assertTrue(text.contains("<header><note>language: de</note></header>"), "the file records the language it was exported for");
        assertFalse(text.contains("original_lastmod</"), "dates are not units");
        assertFalse(text.contains("id=\"date\"") || text.contains("id=\"lastmod\"") || text.contains("id=\"original_version\""));
    }

    @Test
    void aNewLanguageComesInAsFilesTheCheckAcceptsAndTheSiteReads() throws Exception {
        Path i18n = I18nCopy.current(temp);
        String from = I18nCopy.translations(i18n).get(0);
        String tag = I18nCopy.NEW_TAG;
        Path xliff = translatedLike(i18n, from, tag, Map.of("slug", "informacoes-legais", "language.name", "Português",
                "language.format-locale", tag));

        XliffImport.Result result = XliffImport.run(i18n, xliff);

        assertEquals(List.of("i18n/messages/" + tag + ".properties", "i18n/content/legal-notice." + tag + ".md"), result.written());
        I18nFiles files = I18nReader.read(I18nSource.directory(i18n));
        Report report = TranslationCheck.check(files);
        assertFalse(report.hasErrors(), report.format());
        DocumentFile document = files.documents().get(tag);
        assertEquals("informacoes-legais", document.slug());
        assertEquals(files.original().version(), document.originalVersion(), "marked current with the French it was exported from");
        assertEquals(files.original().lastmod(), document.originalLastmod());
        assertEquals(body(files.documents().get(from)), body(document), "the text of " + from + ", under the new tag");
        assertEquals(LocalDate.now(), document.lastmod(), "its own lastmod: the day of the import");
        assertEquals(LocalDate.now().toString(), document.frontMatter().value("date"), "its own date");
        assertTrue(files.languages().stream().anyMatch(language -> language.tag().equals(tag) && language.name().equals("Português")));
        SiteContent site = SiteContentLoader.load(I18nSource.directory(i18n));
        assertTrue(site.translated(tag) && !site.stale(tag), "the site serves it as a current translation");
        assertEquals("/" + tag + "/informacoes-legais", site.path(tag));
        String bundle = Files.readString(i18n.resolve(I18nLayout.bundle(tag)));
        assertFalse(bundle.startsWith(Files.readString(i18n.resolve(I18nLayout.bundle("fr"))).lines().findFirst().orElseThrow()),
                "not the French file's header comment: " + bundle.lines().findFirst().orElse(""));
    }

    /**
     * An XLIFF exported for a language, its targets those of another language's translation
     * (some replaced), as an agency would return it.
     */
    static Path translatedLike(Path i18n, String from, String tag, Map<String, String> replaced) throws Exception {
        Translation source = Translation.of(i18n, from);
        List<Part> parts = source.parts().stream().map(part -> new Part(part.original(), part.units().stream()
                .map(unit -> replaced.containsKey(unit.id())
                        ? new Unit(unit.id(), unit.note(), unit.source(), List.of(new Inline.Text(replaced.get(unit.id()))), Unit.TRANSLATED, true)
                        : unit).toList())).toList();
        Path xliff = i18n.getParent().resolve(tag + ".xlf");
        Files.write(xliff, XliffFormat.write(tag, source.original.version(), String.valueOf(source.original.lastmod()), parts));
        return xliff;
    }

    @Test
    void thePrefillOptionGivesEveryUntranslatedUnitACopyOfItsSourceThatTheImportDoesNotTakeForATranslation() throws Exception {
        Path i18n = I18nCopy.current(temp);
        Path xliff = temp.resolve("new.xlf");
        Map<String, byte[]> before = snapshot(i18n);

        int[] counts = ExportCommand.export(i18n, I18nCopy.NEW_TAG, xliff, true);

        String text = Files.readString(xliff);
        assertEquals(0, counts[1], "no unit has a translation");
        assertEquals(counts[0], text.split("state=\"needs-translation\"", -1).length - 1, "every unit's target is its source, to translate");
        assertFalse(text.contains("approved="));
        String slug = text.substring(text.indexOf("<trans-unit id=\"slug\">"), text.indexOf("</trans-unit>", text.indexOf("<trans-unit id=\"slug\">")));
        assertEquals(slug.replaceAll("(?s).*<source xml:lang=\"fr\">(.*?)</source>.*", "$1"),
                slug.replaceAll("(?s).*<target xml:lang=\"" + I18nCopy.NEW_TAG + "\" state=\"needs-translation\">(.*?)</target>.*", "$1"));
        XliffFormat.Refused refused = org.junit.jupiter.api.Assertions.assertThrows(XliffFormat.Refused.class, () -> XliffImport.run(i18n, xliff));
        assertEquals(String.format(XliffImport.NOTHING_TRANSLATED, xliff), refused.getMessage(), "a tool that translated nothing is told so");
        assertSameFiles(before, snapshot(i18n));
    }

    @Test
    void anExportForANewLanguageHasNoTargets() throws Exception {
        Path i18n = I18nCopy.into(temp);
        Path xliff = temp.resolve("new.xlf");

        int[] counts = ExportCommand.export(i18n, I18nCopy.NEW_TAG + "-br", xliff);

        assertEquals(0, counts[1]);
        assertTrue(counts[0] > 50, "units: " + counts[0]);
        assertFalse(Files.readString(xliff).contains("<target"));
    }

    @Test
    void aNewLanguageTranslatedInPartKeepsTheFrenchWhereItIsUntranslatedAndTheNextImportCompletesIt() throws Exception {
        Path i18n = I18nCopy.current(temp);
        String from = I18nCopy.translations(i18n).get(0);
        String tag = I18nCopy.NEW_TAG;
        Path complete = translatedLike(i18n, from, tag, Map.of("slug", "informacoes-legais", "language.format-locale", tag));
        String full = Files.readString(complete);
        // One block left empty, one still the French source as a tool prefills it: neither is a translation.
        String empty = body(full, 2);
        String copied = body(full, 3);
        Path partial = temp.resolve("partial.xlf");
        Files.writeString(partial, withTarget(withTarget(full, empty, ""), copied, sourceOf(full, copied)));

        XliffImport.Result first = XliffImport.run(i18n, partial);

        I18nFiles files = I18nReader.read(I18nSource.directory(i18n));
        Report report = TranslationCheck.check(files);
        assertFalse(report.hasErrors(), report.format());
        LanguageStatus status = report.languages().stream().filter(language -> language.tag().equals(tag)).findFirst().orElseThrow();
        assertEquals(LanguageStatus.Document.INCOMPLETE, status.document(), report.format());
        for (String unit : List.of(empty, copied)) {
            assertTrue(report.problems().stream().anyMatch(problem -> problem.file().endsWith("legal-notice." + tag + ".md")
                    && problem.message().startsWith("untranslated: unit '" + unit + "'")), unit + ": " + report.format());
        }
        assertEquals(files.original().version(), first.recordedVersion(), "nothing is left to review: the version is recorded");

        // The export of the half-done language works, and the finished file completes it.
        int[] counts = ExportCommand.export(i18n, tag, temp.resolve("again.xlf"));
        assertEquals(counts[0] - 2, counts[1], "the two untranslated units have no translation");
        XliffImport.run(i18n, complete);
        Report after = TranslationCheck.run(I18nSource.directory(i18n));
        assertEquals(LanguageStatus.Document.CURRENT, after.languages().stream().filter(language -> language.tag().equals(tag))
                .findFirst().orElseThrow().document(), after.format());
    }

    @Test
    void aOneWordUnitLeftInFrenchIsRecordedUntranslatedAndThePageSaysPartsAreFrench() throws Exception {
        Path i18n = I18nCopy.current(temp);
        String from = I18nCopy.translations(i18n).get(0);
        String tag = I18nCopy.NEW_TAG;
        String full = Files.readString(translatedLike(i18n, from, tag, Map.of("slug", "informacoes-legais", "language.format-locale", tag)));
        // A unit whose French is one word or none (a heading, "Webmestre : {{…}}"), left as the prefill wrote it.
        XliffUnits.Unit oneWord = XliffUnits.read(temp.resolve(tag + ".xlf")).values().stream()
                .filter(unit -> unit.id().matches("s\\d+\\.\\d+") && !io.plakar.legal.content.Segments.hasWords(unit.source())
                        && unit.source().codePoints().anyMatch(Character::isLetter))
                .findFirst().orElseThrow(() -> new AssertionError("the French has no block of one word"));
        Path xliff = temp.resolve("left.xlf");
        Files.writeString(xliff, withTarget(full, oneWord.id(), sourceOf(full, oneWord.id())));

        XliffImport.run(i18n, xliff);

        I18nFiles files = I18nReader.read(I18nSource.directory(i18n));
        assertTrue(TranslationCheck.check(files).problems().stream().anyMatch(problem -> problem.message().startsWith("untranslated: unit '" + oneWord.id() + "'")),
                TranslationCheck.check(files).format());
        SiteContent site = SiteContentLoader.load(I18nSource.directory(i18n));
        assertTrue(site.incomplete(tag), "the page says parts are shown in French");
        assertFalse(site.incomplete(from));
        ExportCommand.export(i18n, tag, temp.resolve("again.xlf"));
        assertTrue(XliffUnits.read(temp.resolve("again.xlf")).get(oneWord.id()).target() == null, "the next export asks for it again");
    }

    @Test
    void aRegionalTargetLanguageIsTheExportedLanguageAndAnotherIsRefused() throws Exception {
        Path i18n = I18nCopy.current(temp);
        String from = I18nCopy.translations(i18n).get(0);
        String tag = I18nCopy.NEW_TAG;
        Path xliff = translatedLike(i18n, from, tag, Map.of("slug", "informacoes-legais", "language.format-locale", tag));
        String regional = tag + "-" + tag.toUpperCase(java.util.Locale.ROOT);
        Files.writeString(xliff, Files.readString(xliff).replace("target-language=\"" + tag + "\"", "target-language=\"" + regional + "\""));

        XliffImport.Result result = XliffImport.run(i18n, xliff);

        assertEquals(tag, result.tag());
        assertTrue(Files.exists(i18n.resolve(I18nLayout.document(tag))));
        assertFalse(Files.exists(i18n.resolve(I18nLayout.document(tag + "-" + tag))), "no language " + regional.toLowerCase());
        Files.writeString(xliff, Files.readString(xliff).replace("target-language=\"" + regional + "\"", "target-language=\"de-AT\""));
        XliffFormat.Refused refused = org.junit.jupiter.api.Assertions.assertThrows(XliffFormat.Refused.class, () -> XliffImport.run(i18n, xliff));
        assertEquals(String.format(XliffImport.OTHER_LANGUAGE, xliff, "de-AT", tag, tag), refused.getMessage());
    }

    /** The id of the n-th unit of the document part. */
    private static String body(String xliff, int n) {
        java.util.regex.Matcher unit = java.util.regex.Pattern.compile("<trans-unit id=\"(s\\d+\\.\\d+)\"").matcher(xliff);
        for (int i = 0; i <= n; i++) {
            assertTrue(unit.find());
        }
        return unit.group(1);
    }

    private static String sourceOf(String xliff, String unit) {
        int start = xliff.indexOf(">", xliff.indexOf("<source", xliff.indexOf("<trans-unit id=\"" + unit + "\""))) + 1;
        return xliff.substring(start, xliff.indexOf("</source>", start));
    }

    private static String withTarget(String xliff, String unit, String target) {
        int at = xliff.indexOf("<target", xliff.indexOf("<trans-unit id=\"" + unit + "\""));
        int start = xliff.indexOf(">", at) + 1;
        String state = target.isEmpty() ? "" : " state=\"needs-translation\"";
        String opening = xliff.substring(at, start).replace(" state=\"translated\"", state);
        String result = xliff.substring(0, at) + opening + target + xliff.substring(xliff.indexOf("</target>", start));
        return result.replace("<trans-unit id=\"" + unit + "\" approved=\"yes\">", "<trans-unit id=\"" + unit + "\">");
    }

    @Test
    void exactlyTheUnitsOfTheFrenchSectionThatChangedAreMarkedForReview() throws Exception {
        Path i18n = I18nCopy.current(temp);
        String tag = I18nCopy.translations(i18n).get(0);
        int section = I18nCopy.reword(i18n).section();
        Map<String, byte[]> before = snapshot(i18n);
        Path xliff = temp.resolve(tag + ".xlf");

        ExportCommand.export(i18n, tag, xliff);
        Map<String, String> states = documentStates(xliff);
        XliffImport.Result result = XliffImport.run(i18n, xliff);

        states.forEach((id, state) -> assertEquals(id.startsWith("s" + section + ".") ? "needs-review-translation" : "translated", state, id));
        assertTrue(states.values().contains("needs-review-translation"), states.toString());
        assertEquals(null, result.recordedVersion(), "units still to review: the version is not recorded");
        assertSameFiles(before, snapshot(i18n));
    }

    @Test
    void aStaleTranslationOfAFrenchThatAddedAParagraphIsExportedAndImportedBlockForBlock() throws Exception {
        Path i18n = I18nCopy.current(temp);
        String tag = I18nCopy.translations(i18n).get(0);
        String first = I18nCopy.headings(i18n).get(0);
        I18nCopy.edit(i18n, "content/legal-notice.fr.md", text -> text.replace("## " + first + "\n\n", "## " + first + "\n\nUn paragraphe ajouté par l'éditeur.\n\n"));
        Path xliff = temp.resolve(tag + ".xlf");

        int[] counts = ExportCommand.export(i18n, tag, xliff, true);
        String text = Files.readString(xliff);
        String added = body(text, 1);

        assertEquals(counts[0] - 1, counts[1], "every unit but the new paragraph's carries the translation");
        assertTrue(sourceOf(text, added).startsWith("Un paragraphe ajouté"), added);
        Files.writeString(xliff, withTarget(text, added, "Ein vom Herausgeber hinzugefügter Absatz."));
        XliffImport.run(i18n, xliff);
        I18nFiles files = I18nReader.read(I18nSource.directory(i18n));
        assertTrue(files.documents().get(tag).text().contains("\n\nEin vom Herausgeber hinzugefügter Absatz.\n\n"));
        assertFalse(TranslationCheck.check(files).hasErrors(), TranslationCheck.check(files).format());
    }

    @Test
    void withoutACopyOfTheVersionTranslatedEveryBlockOfAStaleTranslationIsMarkedForReview() throws Exception {
        Path i18n = I18nCopy.current(temp);
        String tag = I18nCopy.translations(i18n).get(0);
        I18nCopy.delete(i18n.resolve(I18nLayout.ORIGINALS));
        I18nCopy.reword(i18n);
        Path xliff = temp.resolve(tag + ".xlf");

        ExportCommand.export(i18n, tag, xliff);

        Map<String, String> states = documentStates(xliff);
        assertEquals(List.of("needs-review-translation"), states.values().stream().distinct().toList(), states.toString());
        assertTrue(Files.readString(xliff).substring(0, Files.readString(xliff).indexOf("x-markdown")).contains("state=\"translated\""),
                "strings have no version");
    }

    /** The state of each document unit's target, by unit id, as the XLIFF holds them. */
    private static Map<String, String> documentStates(Path xliff) throws Exception {
        org.w3c.dom.Document xml = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xliff.toFile());
        Map<String, String> states = new TreeMap<>();
        org.w3c.dom.NodeList files = xml.getElementsByTagName("file");
        for (int f = 0; f < files.getLength(); f++) {
            org.w3c.dom.Element file = (org.w3c.dom.Element) files.item(f);
            if (!file.getAttribute("original").endsWith(".md")) {
                continue;
            }
            org.w3c.dom.NodeList units = file.getElementsByTagName("trans-unit");
            for (int u = 0; u < units.getLength(); u++) {
                org.w3c.dom.Element unit = (org.w3c.dom.Element) units.item(u);
                org.w3c.dom.NodeList targets = unit.getElementsByTagName("target");
                if (targets.getLength() > 0) {
                    states.put(unit.getAttribute("id"), ((org.w3c.dom.Element) targets.item(0)).getAttribute("state"));
                }
            }
        }
        return states;
    }

    @Test
    void aChangedTargetIsWrittenInPlaceAndTheRestOfTheFileIsKept() throws Exception {
        Path i18n = I18nCopy.current(temp);
        Path xliff = temp.resolve("de.xlf");
        ExportCommand.export(i18n, "de", xliff);
        String text = Files.readString(xliff);
        Files.writeString(xliff, text.replace(">Sprache</target>", ">Sprache wählen</target>")
                .replace(">Impressum</target>", ">Impressum \"neu\"</target>"));
        String bundle = Files.readString(i18n.resolve("messages/de.properties"));
        String document = Files.readString(i18n.resolve("content/legal-notice.de.md"));

        XliffImport.run(i18n, xliff);

        assertEquals(bundle.replace("switcher.label = Sprache\n", "switcher.label = Sprache wählen\n"),
                Files.readString(i18n.resolve("messages/de.properties")));
        assertEquals(document.replace("title: \"Impressum\"", "title: \"Impressum \"neu\"\""), Files.readString(i18n.resolve("content/legal-notice.de.md")));
    }

    @Test
    void aTargetThatLostTheSpaceBeforeACodeIsImportedWithAWarningNamingTheUnit() throws Exception {
        Path i18n = I18nCopy.current(temp);
        String tag = I18nCopy.translations(i18n).get(0);
        Path xliff = temp.resolve(tag + ".xlf");
        ExportCommand.export(i18n, tag, xliff);
        String text = Files.readString(xliff);
        // The first target of the document whose code has a space before it, as the French's has: the space dropped.
        java.util.regex.Matcher unit = java.util.regex.Pattern.compile("(?s)<trans-unit id=\"(s[\\d.]+)\"[^>]*>\\s*<source[^>]*>[^<]* <ph[^>]*>\\{\\{[^<]*</ph>"
                + ".*?<target([^>]*)>([^<]*) (<ph[^>]*>\\{\\{)").matcher(text);
        assertTrue(unit.find(), "a unit with a fact after a space");
        Files.writeString(xliff, text.substring(0, unit.start(3)) + unit.group(3) + text.substring(unit.start(4)));

        XliffImport.Result result = XliffImport.run(i18n, xliff);

        assertTrue(result.warnings().stream().anyMatch(warning -> warning.startsWith(xliff + ": unit '" + unit.group(1) + "': warning: no space before {{")),
                result.warnings().toString());
    }

    @Test
    void controlCharactersInAStringAreWrittenSoThatTheFileReadsThemBack() throws Exception {
        // Only a front matter field refuses them: the strings file escapes what would end its line.
        Path i18n = I18nCopy.current(temp);
        Path xliff = temp.resolve("de.xlf");
        ExportCommand.export(i18n, "de", xliff);
        String value = " Sprache\tund\r\nZeile\u2028\u2029\u0085 \\ Ende ";
        Files.writeString(xliff, Files.readString(xliff).replace("<trans-unit id=\"switcher.label\" approved=\"yes\">", "<trans-unit id=\"switcher.label\" approved=\"yes\" xml:space=\"preserve\">")
                .replace(">Sprache</target>", ">" + value.replace("\t", "&#9;").replace("\r", "&#13;").replace("\n", "&#10;") + "</target>"));

        XliffImport.run(i18n, xliff);

        I18nFiles files = I18nReader.read(I18nSource.directory(i18n));
        assertEquals(value, files.bundles().get("de").get("switcher.label").value());
        assertFalse(TranslationCheck.check(files).hasErrors(), TranslationCheck.check(files).format());
    }

    @Test
    void apostrophesOfPatternsAreShownSingleAndWrittenDouble() {
        String pattern = "L''original : {0}";
        List<Inline.Piece> pieces = Inline.split(pattern, true);

        assertEquals(List.of(new Inline.Text("L'original : "), new Inline.Code("{0}")), pieces);
        assertEquals(pattern, Inline.join(pieces, true));
    }

    @Test
    void aLinksTargetIsProtectedAndItsTextIsNot() {
        List<Inline.Piece> pieces = Inline.split("voir [la politique de {{company.brand}}](https://plakar.io/privacy) ici", false);

        assertEquals(List.of(new Inline.Text("voir "), new Inline.Code("["), new Inline.Text("la politique de "),
                new Inline.Code("{{company.brand}}"), new Inline.Code("](https://plakar.io/privacy)"), new Inline.Text(" ici")), pieces);
    }

    private static String body(DocumentFile document) {
        return document.text().substring(document.text().indexOf("\n---\n") + 5);
    }

    static Map<String, byte[]> snapshot(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    static void assertSameFiles(Map<String, byte[]> before, Map<String, byte[]> after) {
        assertEquals(before.keySet(), after.keySet(), "the same files");
        before.forEach((file, bytes) -> assertEquals(new String(bytes, StandardCharsets.UTF_8),
                new String(after.get(file), StandardCharsets.UTF_8), file));
        before.forEach((file, bytes) -> assertArrayEquals(bytes, after.get(file), file + " byte for byte"));
    }
}
