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
import io.plakar.legal.content.I18nSource;
import io.plakar.legal.content.Problem;

/**
 * The legal completeness of the French original: what French law requires of a company's
 * legal notice, from {@code legal-requirements.properties}, against copies of the real
 * {@code i18n/}.
 */
class LegalRequirementsTest {

    static final String PHONE_MISSING = "i18n/facts.properties: warning: legal notice: the publisher's telephone number is missing "
            + "(LCEN art. 6-III-1 b): add company.phone = … to i18n/facts.properties and write {{company.phone}} in i18n/content/legal-notice.fr.md";

    @TempDir
    Path temp;

    @Test
    void theShippedContentLacksOnlyThePublishersPhone() {
        assertEquals(List.of(PHONE_MISSING), completeness(TranslationCheck.run(I18nSource.directory(I18nCopy.I18N))));
    }

    @Test
    void thePublishersPhoneAsAFactShownInTheOriginalSatisfiesTheLaw() throws IOException {
        Path i18n = I18nCopy.into(temp);
        I18nCopy.edit(i18n, "facts.properties", text -> text.replace("company.office =", "company.phone = +33 1 23 45 67 89\ncompany.office ="));
        I18nCopy.edit(i18n, "content/legal-notice.fr.md", text -> text.replace("est situé au {{company.office}}.",
                "est situé au {{company.office}}. Téléphone : {{company.phone}}."));
        assertEquals(List.of(), completeness(TranslationCheck.run(I18nSource.directory(i18n))));
    }

    @Test
    void aFactTheOriginalDoesNotShowIsReported() throws IOException {
        Path i18n = I18nCopy.into(temp);
        I18nCopy.edit(i18n, "facts.properties", text -> text.replace("company.office =", "company.phone = +33 1 23 45 67 89\ncompany.office ="));
        assertEquals(List.of("i18n/facts.properties: warning: legal notice: the publisher's telephone number (LCEN art. 6-III-1 b) is in "
                + "i18n/facts.properties as company.phone, but i18n/content/legal-notice.fr.md does not show it: write {{company.phone}} in it"),
                completeness(TranslationCheck.run(I18nSource.directory(i18n))));
    }

    @Test
    void aRequirementWrittenInWordsIsLookedForInTheOriginal() throws IOException {
        Path i18n = I18nCopy.into(temp);
        I18nCopy.edit(i18n, "content/legal-notice.fr.md", text -> text.replace("société par actions simplifiée (SAS) au capital", "au capital"));
        Report report = TranslationCheck.run(I18nSource.directory(i18n));
        assertTrue(completeness(report).contains("i18n/content/legal-notice.fr.md: warning: legal notice: the publisher's legal form is not stated"
                + " (Code de commerce (indications on a company's documents; article to confirm)): say it in the French text, for example"
                + " « société par actions simplifiée (SAS) »"), report.format());
        assertFalse(report.hasErrors(), "a warning, not an error");
    }

    @Test
    void everyRequirementCitesTheLawAndItsWording() {
        assertEquals(12, LegalRequirements.requirements().size());
        for (LegalRequirements.Requirement requirement : LegalRequirements.requirements()) {
            assertFalse(requirement.law().isBlank(), requirement.id());
            assertFalse(requirement.wording().isBlank(), requirement.id());
            assertTrue(!requirement.facts().isEmpty() || requirement.text() != null, requirement.id() + " says how it is satisfied");
        }
    }

    /** The report's completeness warnings, as printed. */
    static List<String> completeness(Report report) {
        return report.problems().stream().filter(problem -> problem.message().startsWith("legal notice: ")).map(Problem::toString).toList();
    }
}
