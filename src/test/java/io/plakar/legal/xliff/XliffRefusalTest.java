package io.plakar.legal.xliff;

import static io.plakar.legal.xliff.XliffRoundTripTest.assertSameFiles;
import static io.plakar.legal.xliff.XliffRoundTripTest.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;

import io.plakar.legal.I18nCopy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every XLIFF the import refuses: the message names the file and the line or unit, and no
 * file of {@code i18n/} changes.
 */
class XliffRefusalTest {

    @TempDir
    Path temp;
    Path i18n;
    Path xliff;
    Map<String, byte[]> before;

    @BeforeEach
    void exportGerman() throws Exception {
        i18n = I18nCopy.into(temp);
        xliff = temp.resolve("de.xlf");
        ExportCommand.export(i18n, "de", xliff);
        before = snapshot(i18n);
    }

    @Test
    void aMalformedXliffIsRefusedNamingItsLine() throws Exception {
        String text = Files.readString(xliff);
        int line = (int) text.substring(0, text.indexOf("<trans-unit id=\"skip.link\">")).lines().count() + 1;
        edit(xliff -> xliff.replace("<trans-unit id=\"skip.link\">", "<trans-unit id=\"skip.link\">\n<source>broken</target>"));

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

        assertEquals(String.format(XliffImport.NOT_A_TAG, xliff, "Deutsch!"), refusal());
    }

    @Test
    void theOriginalAsTargetIsRefused() throws Exception {
        edit(text -> text.replace("target-language=\"de\"", "target-language=\"fr\""));

        assertEquals(String.format(XliffImport.NOT_A_TAG, xliff, "fr"), refusal());
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
    void aFactTypedAsTextInsteadOfItsCodeIsRefused() throws Exception {
        edit(text -> replaceInTarget(text, "s3.1", "<ph id=\"1\">{{company.brand}}</ph>", "{{company.brand}}"));

        assertEquals(String.format(XliffImport.CODES_ALTERED, xliff, "s3.1", "{{company.brand}}", "none"), refusal());
    }

    @Test
    void aSourceThatNoLongerMatchesTheFrenchIsRefusedNamingTheUnit() throws Exception {
        I18nCopy.edit(i18n, "content/legal-notice.fr.md", text -> text.replace("Conception et développement", "Conception et développement du Site"));
        before = snapshot(i18n);
        int line = I18nCopy.line(i18n, "content/legal-notice.fr.md", "Conception et développement");

        assertEquals(String.format(XliffImport.SOURCE_CHANGED, xliff, "s3.2", "i18n/content/legal-notice.fr.md:" + line), refusal());
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
        int start = xliff.indexOf("<target", xliff.indexOf("<trans-unit id=\"" + unit + "\">"));
        int end = xliff.indexOf("</target>", start);
        String target = xliff.substring(start, end);
        assertTrue(target.contains(text), target);
        return xliff.substring(0, start) + target.replace(text, replacement) + xliff.substring(end);
    }
}
