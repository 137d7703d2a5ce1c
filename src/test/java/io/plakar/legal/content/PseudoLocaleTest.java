package io.plakar.legal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.plakar.legal.I18nCopy;
import io.plakar.legal.check.Report;
import io.plakar.legal.check.TranslationCheck;
import io.plakar.legal.i18n.Language;

/** The pseudo-locales of live preview, generated from the real French files. */
class PseudoLocaleTest {

    private static final I18nSource REAL = I18nSource.directory(Path.of("i18n"));
    private static final Pattern ASCII_LETTER = Pattern.compile("[A-Za-z]");

    @TempDir
    Path temp;

    @Test
    void accentsEveryLetterAndBracketsTheString() {
        assertEquals("⟦Šöɱɱáîŕé ļöŕ⟧", PseudoLocale.text("Sommaire"));
        String text = PseudoLocale.text("Cette traduction est fournie à titre indicatif.");
        assertTrue(text.startsWith("⟦Çéţţé ţŕáðûçţîöñ éšţ ƒöûŕñîé à ţîţŕé îñðîçáţîƒ."), text);
        assertTrue(text.endsWith("⟧"), text);
        assertFalse(ASCII_LETTER.matcher(text).find(), "no plain letter is left: " + text);
    }

    @Test
    void leavesTextWithoutLettersAlone() {
        assertEquals("**{{company.brand}}**", PseudoLocale.markdown("**{{company.brand}}**"));
        assertEquals("---", PseudoLocale.markdown("---"));
        assertEquals("", PseudoLocale.markdown(""));
        assertEquals("933 509 754", PseudoLocale.text("933 509 754"));
    }

    @Test
    void keepsPlaceholdersFactsMarkdownSyntaxEntitiesAndAddresses() {
        String pattern = PseudoLocale.text("La version originale a été mise à jour le {0} ; l''original fait foi.");
        assertTrue(pattern.contains(" {0} ; ļ''öŕîĝîñáļ "), pattern);
        assertTrue(new MessageFormat(pattern, Locale.ROOT).format(new Object[] {"1er mai"}).contains(" 1er mai ; ļ'öŕîĝîñáļ "));

        assertTrue(PseudoLocale.markdown("## Éditeur du site").startsWith("## ⟦Éðîţéûŕ ðû šîţé"));
        assertTrue(PseudoLocale.markdown("- un élément").startsWith("- ⟦ûñ éļéɱéñţ"));
        assertTrue(PseudoLocale.markdown("12. un élément").startsWith("12. ⟦ûñ éļéɱéñţ"));
        String line = PseudoLocale.markdown("Voir **la [politique](https://plakar.io/privacy-policy/)** de {{company.name}} "
                + "&amp; <{{contact.email}}>, `code` ou help@plakar.io.");
        for (String kept : List.of("**", "](https://plakar.io/privacy-policy/)", "{{company.name}}", "&amp;", "<{{contact.email}}>",
                "`code`", "help@plakar.io")) {
            assertTrue(line.contains(kept), kept + " in " + line);
        }
        assertTrue(line.startsWith("⟦Ṽöîŕ **ļá [þöļîţîǫûé]"), line);
        assertTrue(PseudoLocale.markdown("Hard break  ").endsWith("⟧  "), "a hard line break stays at the end");
    }

    @Test
    void theRealBundleGrowsByAboutFortyPercent() {
        Map<String, String> french = I18nReader.read(REAL).bundles().get("fr").values();
        I18nFiles files = I18nReader.read(PseudoLocale.over(REAL));
        Map<String, String> pseudo = files.bundles().get("en-xa").values();
        long before = 0;
        long after = 0;
        for (Map.Entry<String, String> entry : french.entrySet()) {
            if (!entry.getKey().startsWith("language.")) {
                before += entry.getValue().length();
                after += pseudo.get(entry.getKey()).length();
            }
        }
        double growth = (double) after / before - 1;
        System.out.printf("pseudo-locale growth: strings %.1f %%, document %.1f %%%n", growth * 100,
                ((double) files.documents().get("en-xa").text().length() / I18nReader.read(REAL).original().text().length() - 1) * 100);
        assertTrue(growth >= 0.35 && growth <= 0.5, "the strings grow by " + Math.round(growth * 100) + " %");

        String frenchDocument = I18nReader.read(REAL).original().text();
        String pseudoDocument = files.documents().get("en-xa").text();
        double documentGrowth = (double) pseudoDocument.length() / frenchDocument.length() - 1;
        assertTrue(documentGrowth >= 0.3 && documentGrowth <= 0.5, "the document grows by " + Math.round(documentGrowth * 100) + " %");
    }

    @Test
    void theTranslatorsCheckAcceptsTheGeneratedLanguages() {
        I18nFiles files = I18nReader.read(PseudoLocale.over(REAL));
        Report report = TranslationCheck.check(files);
        List<Problem> aboutPseudo = report.problems().stream().filter(problem -> problem.file().contains("-x")).toList();
        assertEquals(List.of(), aboutPseudo);
        assertTrue(report.languages().stream().anyMatch(status -> status.tag().equals("en-xa")), report.format());

        Language enXa = files.languages().stream().filter(language -> language.tag().equals("en-xa")).findFirst().orElseThrow();
        Language arXb = files.languages().stream().filter(language -> language.tag().equals("ar-xb")).findFirst().orElseThrow();
        assertFalse(enXa.rtl());
        assertTrue(arXb.rtl());
        assertEquals("mentions-legales-xa", files.documents().get("en-xa").slug());
        assertEquals("mentions-legales-xb", files.documents().get("ar-xb").slug());
        assertTrue(files.documents().get("en-xa").headings().stream().allMatch(heading -> heading.text().startsWith("⟦")));
        assertFalse(ASCII_LETTER.matcher(files.messages().get("ar-xb", "language.name")).find());
    }

    @Test
    void onlyThePreviewServesThem() {
        assertEquals(List.of(), SiteContentLoader.load(REAL).tags().stream().filter(tag -> tag.contains("-x")).toList());
        SiteContent preview = SiteContentLoader.loadPreview(REAL);
        assertTrue(preview.tags().containsAll(List.of("en-xa", "ar-xb")), preview.tags().toString());
        assertEquals("/en-xa/mentions-legales-xa", preview.path("en-xa"));
        assertEquals(I18nReader.read(REAL).tags(), preview.files().tags(), "the check sees the files alone");
    }

    @Test
    void aBrokenFrenchFileIsReportedOnceUnderItsOwnName() throws IOException {
        Path i18n = I18nCopy.into(temp);
        I18nCopy.edit(i18n, "messages/fr.properties", text -> text.replace("Dernière mise à jour", "Dernière mise à jour de l'original"));
        ContentException broken = assertThrows(ContentException.class, () -> SiteContentLoader.loadPreview(I18nSource.directory(i18n)));
        assertTrue(broken.getMessage().contains("i18n/messages/fr.properties:"), broken.getMessage());
        assertFalse(broken.getMessage().contains("pseudo-locale"), broken.getMessage());
    }
}
