package io.plakar.legal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.plakar.legal.I18nCopy;
import io.plakar.legal.content.I18nLayout;
import io.plakar.legal.content.I18nSource;
import io.plakar.legal.content.Spacing;

/**
 * Spacing that translation tools break (OmegaT drops the space before a code that ends a
 * segment) and French typography carried into other languages: warnings naming the unit and
 * its line, on a copy of {@code i18n/} where every translation is current.
 */
class SpacingCheckTest {

    @TempDir
    Path temp;

    @Test
    void aSpaceLostBeforeOrAfterACodeIsFound() {
        assertEquals(List.of("before {{company.brand}}"), Spacing.lost("Webmestre : {{company.brand}}", "Administrator strony:{{company.brand}}"));
        assertEquals(List.of("after {0}"), Spacing.lost("Mise à jour le {0} par Plakar", "Aktualisiert am {0}von Plakar"));
        assertEquals(List.of(), Spacing.lost("Webmestre : {{company.brand}}", "Webmaster: {{company.brand}}"));
        assertEquals(List.of(), Spacing.lost("mise à jour le {0} ; cette", "تم تحديث {0}؛ وقد"), "punctuation may follow a code");
        assertEquals(List.of(), Spacing.lost("{{company.brand}} édite", "{{company.brand}}"), "a code at a text's end is not compared");
    }

    @Test
    void frenchSpacingBeforePunctuationIsFound() {
        assertEquals(List.of("' :'"), Spacing.frenchPunctuation("Webmaster : {{company.brand}}"));
        assertEquals(List.of("' ?'", "' !'"), Spacing.frenchPunctuation("Why\u00a0? Because\u202f!"));
        assertEquals(List.of(), Spacing.frenchPunctuation("Webmaster: {{company.brand}}, 10:30, https://plakar.io/"));
    }

    @Test
    void theCheckNamesTheUnitWhoseCodeLostItsSpace() throws IOException {
        Path i18n = I18nCopy.current(temp);
        String tag = I18nCopy.translations(i18n).get(0);
        String file = I18nLayout.document(tag);
        int[] line = new int[1];
        I18nCopy.edit(i18n, file, text -> {
            int body = text.indexOf("\n---\n") + 5;
            int at = text.indexOf(" {{", body);
            line[0] = (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
            return text.substring(0, at) + text.substring(at + 1);
        });

        Report report = TranslationCheck.run(I18nSource.directory(i18n));

        assertFalse(report.hasErrors(), report.format());
        assertTrue(report.problems().stream().anyMatch(problem -> problem.file().equals("i18n/" + file) && problem.line() == line[0]
                && problem.message().matches("unit 's\\d+\\.\\d+': no space before \\{\\{.*}}, where the French has one .*")), report.format());
    }

    @Test
    void theCheckNamesAStringWrittenWithFrenchTypography() throws IOException {
        Path i18n = I18nCopy.current(temp);
        String tag = I18nCopy.translations(i18n).get(0);
        String file = I18nLayout.bundle(tag);
        I18nCopy.edit(i18n, file, text -> text.replaceFirst("(?m)^(toc\\.title = .*)$", "$1 :"));

        Report report = TranslationCheck.run(I18nSource.directory(i18n));

        assertTrue(report.problems().stream().anyMatch(problem -> problem.file().equals("i18n/" + file)
                && problem.message().equals(String.format(SpacingCheck.FRENCH_PUNCTUATION, "toc.title", "' :'", tag))), report.format());
    }
}
