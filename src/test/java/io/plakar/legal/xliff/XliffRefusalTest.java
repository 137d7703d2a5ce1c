package io.plakar.legal.xliff;

import static io.plakar.legal.xliff.XliffRoundTripTest.assertSameFiles;
import static io.plakar.legal.xliff.XliffRoundTripTest.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import io.plakar.legal.I18nCopy;
import io.plakar.legal.content.I18nLayout;
import io.plakar.legal.content.I18nReader;
import io.plakar.legal.content.I18nSource;
import io.plakar.legal.content.PseudoLocale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every XLIFF the import refuses: the message names the file and the line or unit, and no
 * file of {@code i18n/} changes.
 */
class XliffRefusalTest {

    private static final String FRENCH = "content/legal-notice.fr.md";
    /** The version of the French in the copy the tests start from ({@link I18nCopy#current}). */
    String version;

    @TempDir
    Path temp;
    Path i18n;
    Path xliff;
    Map<String, byte[]> before;

    @BeforeEach
    void exportGerman() throws Exception {
        i18n = I18nCopy.current(temp);
        version = I18nReader.read(I18nSource.directory(i18n)).original().version();
        xliff = temp.resolve("de.xlf");
        ExportCommand.export(i18n, "de", xliff);
        before = snapshot(i18n);
    }

    @Test
    void aMalformedXliffIsRefusedNamingItsLine() throws Exception {
        String text = Files.readString(xliff);
        int line = (int) text.substring(0, text.indexOf("<trans-unit id=\"skip.link\" approved=\"yes\">")).lines().count() + 1;
        edit(xliff -> xliff.replace("<trans-unit id=\"skip.link\" approved=\"yes\">", "<trans-unit id=\"skip.link\">\n<source>broken</target>"));

        String message = refusal();

        assertTrue(message.startsWith(xliff + ":" + (line + 1) + ": malformed XLIFF: "), message);
    }

    @Test
    void anXliffDeclaringEntitiesIsRefusedBeforeAnyIsRead() throws Exception {
        Path secret = Files.writeString(temp.resolve("secret.txt"), "not for the translation");
        edit(text -> text.replaceFirst("\\?>\n", "?>\n<!DOCTYPE xliff [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>\n")
                .replace(">Sprache</target>", ">&leak;</target>"));

        assertEquals(xliff + ":2: malformed XLIFF: a <!DOCTYPE> is not allowed in an XLIFF file", refusal());
    }

    @Test
    void aFileThatIsNotXliffIsRefused() throws Exception {
        Files.writeString(xliff, "<?xml version=\"1.0\"?>\n<html><body/></html>\n");

        assertEquals(xliff + ": not an XLIFF file: no <file> element", refusal());
    }

    @Test
    void aTargetLanguageThatIsNotATagIsRefused() throws Exception {
        edit(text -> text.replace("target-language=\"de\"", "target-language=\"Deutsch!\""));

        assertEquals(String.format(XliffImport.OTHER_LANGUAGE, xliff, "Deutsch!", "de", "de"), refusal());
    }

    @Test
    void theOriginalAsTargetIsRefused() throws Exception {
        edit(text -> text.replace("target-language=\"de\"", "target-language=\"fr\""));

        assertEquals(String.format(XliffImport.OTHER_LANGUAGE, xliff, "fr", "de", "de"), refusal());
    }

    @Test
    void anXliffForAnotherDocumentIsRefused() throws Exception {
        edit(text -> text.replace("original=\"i18n/content/legal-notice.fr.md\"", "original=\"docs/terms.fr.md\""));

        assertEquals(String.format(XliffImport.OTHER_DOCUMENT, xliff, "docs/terms.fr.md", Part.MESSAGES, Part.DOCUMENT), refusal());
    }

    @Test
    void anXliffWithoutTheFrenchVersionIsRefused() throws Exception {
        edit(text -> text.replaceAll("<header>.*</header>", ""));

        assertEquals(String.format(XliffImport.NO_VERSION, xliff), refusal());
    }

    @Test
    void anAlteredFactIsRefusedNamingTheUnit() throws Exception {
        edit(text -> replaceInTarget(text, "s1.2", "{{company.name}}", "{{company.nam}}"));

        String message = refusal();

        assertEquals(String.format(XliffImport.CODES_ALTERED, xliff, "s1.2", "{{company.name}}", "{{company.nam}}"), message);
    }

    @Test
    void aDeletedPlaceholderIsRefusedNamingTheUnit() throws Exception {
        edit(text -> replaceInTarget(text, "updated", "<ph id=\"1\">{0}</ph>", ""));

        assertEquals(String.format(XliffImport.CODES_ALTERED, xliff, "updated", "{0}", "none"), refusal());
    }

    @Test
    void aFactTypedAsAnotherFactInsteadOfItsCodeIsRefused() throws Exception {
        edit(text -> replaceInTarget(text, "s3.1", "<ph id=\"1\">{{company.brand}}</ph>", "{{company.name}}"));

        assertEquals(String.format(XliffImport.CODES_AS_TEXT, xliff, "s3.1", "{{company.name}}", "{{company.brand}}"), refusal());
    }

    @Test
    void aCodeATranslationToolWroteBackAsItsTextIsTheCode() throws Exception {
        // A PO round trip (translate-toolkit's pomerge) writes every <ph> as the text it holds.
        edit(text -> replaceInTarget(text, "s3.1", "<ph id=\"1\">{{company.brand}}</ph>", "{{company.brand}}"));

        XliffImport.run(i18n, xliff);

        assertSameFiles(before, snapshot(i18n));
    }

    @Test
    void aSourceThatNoLongerMatchesTheFrenchIsRefusedNamingTheUnit() throws Exception {
        I18nCopy.edit(i18n, "content/legal-notice.fr.md", text -> text.replace("Conception et développement", "Conception et développement du Site"));
        before = snapshot(i18n);
        int line = I18nCopy.line(i18n, "content/legal-notice.fr.md", "Conception et développement");
        String now = I18nReader.read(I18nSource.directory(i18n)).original().version();

        assertEquals(String.format(XliffImport.OLD_VERSION, xliff, version, now) + "\n"
                + String.format(XliffImport.SOURCE_CHANGED, xliff, "s3.2", "i18n/content/legal-notice.fr.md:" + line), refusal());
    }

    @Test
    void anXliffExportedFromAnotherVersionOfTheFrenchIsRefused() throws Exception {
        edit(text -> text.replace("<note>original_version: " + version + "</note>", "<note>original_version: 0123456789ab</note>"));

        assertEquals(String.format(XliffImport.OLD_VERSION, xliff, "0123456789ab", version), refusal());
    }

    @Test
    void unitsLeftOutOfTheXliffAreRefusedNamingEachOne() throws Exception {
        // The reviewer's case: section 3 of the French changed, its units (marked for review) deleted.
        I18nCopy.edit(i18n, FRENCH, text -> text.replace("Conception et développement", "Conception et développement du Site"));
        ExportCommand.export(i18n, "de", xliff);
        before = snapshot(i18n);
        edit(text -> text.replaceAll("(?s)<trans-unit id=\"s3\\.\\d+\"[^>]*>.*?</trans-unit>\\s*", ""));

        assertEquals(String.join("\n",
                String.format(XliffImport.MISSING_UNIT, xliff, "s3.0", "i18n/content/legal-notice.fr.md:" + I18nCopy.line(i18n, FRENCH, "## Conception")),
                String.format(XliffImport.MISSING_UNIT, xliff, "s3.1", "i18n/content/legal-notice.fr.md:" + I18nCopy.line(i18n, FRENCH, "Webmestre")),
                String.format(XliffImport.MISSING_UNIT, xliff, "s3.2", "i18n/content/legal-notice.fr.md:" + I18nCopy.line(i18n, FRENCH, "Conception et développement"))),
                refusal());
    }

    @Test
    void aFactTypedAsTextBesideTheCodesIsRefused() throws Exception {
        edit(text -> replaceInTarget(text, "s3.1", "<ph id=\"1\">{{company.brand}}</ph>", "<ph id=\"1\">{{company.brand}}</ph> ({{company.name}})"));

        assertEquals(String.format(XliffImport.TYPED_CODES, xliff, "s3.1", "{{company.name}}"), refusal());
    }

    @Test
    void aLinkOrAPlaceholderTypedAsTextIsRefused() throws Exception {
        edit(text -> replaceInTarget(text, "s3.2", "</ph>", "</ph>, [hier](https://evil.example/pay)")
                .replace(">Sprache</target>", ">Sprache {0}</target>")
                .replace(">Impressum</target>", ">Impressum &lt;https://evil.example/pay></target>"));

        assertEquals(String.join("\n",
                String.format(XliffImport.TYPED_CODES, xliff, "switcher.label", "{0}"),
                String.format(XliffImport.TYPED_CODES, xliff, "title", "<https://evil.example/pay>"),
                String.format(XliffImport.TYPED_CODES, xliff, "s3.2", "[ ](https://evil.example/pay)")), refusal());
    }

    @Test
    void aReferenceStyleLinkAndItsDefinitionAreRefused() throws Exception {
        // The definition needs a blank line before it; it makes no block, so the document's blocks still pair.
        edit(text -> replaceInTarget(text, "s3.1", "</ph>", "</ph> [zahlen][z]")
                .replace("<trans-unit id=\"s3.2\" approved=\"yes\">", "<trans-unit id=\"s3.2\" approved=\"yes\" xml:space=\"preserve\">")
                .replace("<trans-unit id=\"s3.1\" approved=\"yes\">", "<trans-unit id=\"s3.1\" approved=\"yes\" xml:space=\"preserve\">"));
        edit(text -> replaceInTarget(text, "s3.2", "</ph>", "</ph>\n\n[z]: https://evil.example/pay"));

        assertEquals(String.join("\n",
                String.format(XliffImport.LINK_SYNTAX, xliff, "s3.1", "[zahlen][z]"),
                String.format(XliffImport.LINK_SYNTAX, xliff, "s3.2", "[z]: https://evil.example/pay")), refusal());
    }

    @Test
    void aRawAddressInAStringIsRefused() throws Exception {
        edit(text -> text.replace(">Sprache</target>", ">Sprache (www.evil.example)</target>"));

        assertEquals(String.format(XliffImport.LINK_SYNTAX, xliff, "switcher.label", "www.evil.example"), refusal());
    }

    @Test
    void aLineBreakInAFrontMatterFieldCannotAddAField() throws Exception {
        // A new language barely translated, whose title would record the French version as if it were all reviewed.
        String tag = I18nCopy.NEW_TAG;
        ExportCommand.export(i18n, tag, xliff);
        edit(text -> text.replace("<trans-unit id=\"title\">", "<trans-unit id=\"title\" xml:space=\"preserve\">")
                .replace("<source xml:lang=\"fr\">Mentions légales</source>", "<source xml:lang=\"fr\">Mentions légales</source>\n"
                        + "<target xml:lang=\"" + tag + "\">Aviso legal\"&#10;original_version: \"" + version + "</target>")
                .replace("<source xml:lang=\"fr\">mentions-legales</source>", "<source xml:lang=\"fr\">mentions-legales</source>\n"
                        + "<target xml:lang=\"" + tag + "\">aviso-legal-" + tag + "</target>"));

        assertEquals(String.format(XliffImport.FIELD_CONTROL, xliff, "title", "U+000A"), refusal());
    }

    @Test
    void aFieldTheFrontMatterWouldReadOtherwiseIsRefused() throws Exception {
        I18nCopy.edit(i18n, "content/legal-notice.de.md", text -> text.replace("title: \"Impressum\"", "title: Impressum"));
        ExportCommand.export(i18n, "de", xliff);
        before = snapshot(i18n);
        edit(text -> text.replace(">Impressum</target>", ">'Impressum'</target>"));

        assertEquals(String.format(XliffImport.FIELD_READ_BACK, xliff, "title", "'Impressum'"), refusal());
    }

    @Test
    void aBlockTargetThatBecomesTwoBlocksIsRefusedNamingTheUnit() throws Exception {
        edit(text -> text.replace("<trans-unit id=\"s3.2\" approved=\"yes\">", "<trans-unit id=\"s3.2\" approved=\"yes\" xml:space=\"preserve\">")
                .replace("<trans-unit id=\"s3.0\" approved=\"yes\">", "<trans-unit id=\"s3.0\" approved=\"yes\" xml:space=\"preserve\">"));
        edit(text -> replaceInTarget(replaceInTarget(text, "s3.2", "</ph>", "</ph>\n\nEin zweiter Absatz."),
                "s3.0", "Umsetzung", "Umsetzung\nder Website"));

        assertEquals(String.join("\n",
                String.format(XliffImport.NOT_ONE_BLOCK, xliff, "s3.0", "heading", "a heading broken over 2 lines"),
                String.format(XliffImport.NOT_ONE_BLOCK, xliff, "s3.2", "paragraph", "2 blocks")), refusal());
    }

    @Test
    void anErrorTheImportBringsToAnotherFileIsRefused() throws Exception {
        // A new language that keeps the French slug and sorts before fr: the check reports the duplicate on the French.
        String tag = Stream.of("ca", "cs", "da", "bg", "eu").filter(free -> !Files.exists(i18n.resolve(I18nLayout.bundle(free)))).findFirst().orElseThrow();
        Path catalan = temp.resolve(tag + ".xlf");
        ExportCommand.export(i18n, tag, catalan);
        String text = Files.readString(catalan);
        String slug = slugSource(text);
        int slugLine = I18nCopy.line(i18n, "content/legal-notice.fr.md", "slug:");
        // The translator confirmed the French slug as the language's own ("final"): the duplicate is on the French file.
        Files.writeString(catalan, text.replace("<source xml:lang=\"fr\">" + slug + "</source>",
                "<source xml:lang=\"fr\">" + slug + "</source>\n<target xml:lang=\"" + tag + "\" state=\"final\">" + slug + "</target>"));

        XliffFormat.Refused refused = assertThrows(XliffFormat.Refused.class, () -> XliffImport.run(i18n, catalan));

        assertSameFiles(before, snapshot(i18n));
        assertEquals(List.of(catalan + ": refused: the files it would write fail the translators' check:",
                "i18n/content/legal-notice.fr.md:" + slugLine + ": error: duplicate slug '" + slug + "': i18n/content/legal-notice." + tag
                        + ".md has it too; give each language its own"),
                refused.getMessage().lines().toList());
    }

    @Test
    void aNewLanguageWhoseSlugIsNotTranslatedIsToldToTranslateThatUnit() throws Exception {
        String tag = I18nCopy.NEW_TAG;
        Path xliff = temp.resolve(tag + ".xlf");
        ExportCommand.export(i18n, tag, xliff, true);
        String text = Files.readString(xliff);
        // The tool translated one string and left the slug as the prefill wrote it: a copy of the French.
        int unit = text.indexOf("<trans-unit id=\"toc.title\">");
        int start = text.indexOf("state=\"needs-translation\">", unit) + "state=\"needs-translation\">".length();
        Files.writeString(xliff, text.substring(0, start) + "Índice" + text.substring(text.indexOf("</target>", start)));

        XliffFormat.Refused refused = assertThrows(XliffFormat.Refused.class, () -> XliffImport.run(i18n, xliff));

        assertEquals(String.format(XliffImport.NEW_WITHOUT_SLUG, xliff, "i18n/content/legal-notice.fr.md:" + I18nCopy.line(i18n, "content/legal-notice.fr.md", "slug:")),
                refused.getMessage());
        assertSameFiles(before, snapshot(i18n));
    }

    private static String slugSource(String xliff) {
        int unit = xliff.indexOf("<trans-unit id=\"slug\"");
        int start = xliff.indexOf(">", xliff.indexOf("<source", unit)) + 1;
        return xliff.substring(start, xliff.indexOf("</source>", start));
    }

    @Test
    void thePseudoLanguagesOfThePreviewAreNeitherExportedNorImported() throws Exception {
        for (PseudoLocale pseudo : PseudoLocale.ALL) {
            XliffFormat.Refused refused = assertThrows(XliffFormat.Refused.class, () -> ExportCommand.export(i18n, pseudo.tag(), temp.resolve("pseudo.xlf")));
            assertEquals(String.format(Translation.PSEUDO, pseudo.tag()), refused.getMessage());
        }
        edit(text -> text.replace("target-language=\"de\"", "target-language=\"en-XA\""));

        assertEquals(String.format(XliffImport.PSEUDO, xliff, "en-XA"), refusal());
    }

    @Test
    void theCopyOfTheFrenchIsKeptBeforeTheTranslationRecordsItsVersion() throws Exception {
        // originals/ cannot take the new copy (a file stands in its place): the import must fail before writing.
        I18nCopy.delete(i18n.resolve(I18nLayout.ORIGINALS));
        Files.writeString(i18n.resolve(I18nLayout.ORIGINALS), "not a folder");
        I18nCopy.edit(i18n, FRENCH, text -> text.replace("Conception et développement", "Conception et développement du Site"));
        ExportCommand.export(i18n, "de", xliff);
        edit(text -> text.replace("state=\"needs-review-translation\"", "state=\"translated\""));
        before = snapshot(i18n);

        assertThrows(IOException.class, () -> XliffImport.run(i18n, xliff));

        assertSameFiles(before, snapshot(i18n));
    }

    @Test
    void aTargetTheCheckRejectsIsRefusedNamingTheUnit() throws Exception {
        edit(text -> text.replace(">impressum</target>", ">Impressum Seite</target>"));

        String message = refusal();

        assertTrue(message.contains("i18n/content/legal-notice.de.md:3: error: the slug 'Impressum Seite' is not URL-safe"), message);
        assertTrue(message.endsWith("(unit 'slug')"), message);
    }

    @Test
    void aTranslationWhoseBlocksDifferFromTheFrenchIsNotExported() throws Exception {
        I18nCopy.edit(i18n, "content/legal-notice.de.md", text -> text.replace("\n## ", "\nEin Absatz zu viel.\n\n## "));

        XliffFormat.Refused refused = assertThrows(XliffFormat.Refused.class, () -> ExportCommand.export(i18n, "de", temp.resolve("again.xlf")));

        assertTrue(refused.getMessage().startsWith("i18n/content/legal-notice.de.md:"), refused.getMessage());
        assertTrue(refused.getMessage().contains("do not match the French ones"), refused.getMessage());
    }

    @Test
    void anUnreadableTranslationIsNeitherExportedNorOverwritten() throws Exception {
        I18nCopy.edit(i18n, "content/legal-notice.de.md", text -> text.replaceFirst("---\n", ""));
        before = snapshot(i18n);

        String message = refusal();

        assertTrue(message.startsWith("i18n/content/legal-notice.de.md:1: error: the front matter is missing"), message);
        assertTrue(message.endsWith("i18n/content/legal-notice.de.md: unreadable; fix it first"), message);
        assertThrows(XliffFormat.Refused.class, () -> ExportCommand.export(i18n, "de", temp.resolve("again.xlf")));
    }

    private String refusal() throws IOException {
        XliffFormat.Refused refused = assertThrows(XliffFormat.Refused.class, () -> XliffImport.run(i18n, xliff));
        assertSameFiles(before, snapshot(i18n));
        return refused.getMessage();
    }

    private void edit(UnaryOperator<String> change) throws IOException {
        String text = Files.readString(xliff);
        String changed = change.apply(text);
        assertTrue(!changed.equals(text), "the fixture did not change the XLIFF");
        Files.writeString(xliff, changed);
    }

    /** Replaces text in the target of one unit only. */
    private static String replaceInTarget(String xliff, String unit, String text, String replacement) {
        int start = xliff.indexOf("<target", xliff.indexOf("<trans-unit id=\"" + unit + "\""));
        int end = xliff.indexOf("</target>", start);
        String target = xliff.substring(start, end);
        assertTrue(target.contains(text), target);
        return xliff.substring(0, start) + target.replace(text, replacement) + xliff.substring(end);
    }
}
