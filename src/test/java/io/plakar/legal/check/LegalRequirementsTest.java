package io.plakar.legal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.plakar.legal.I18nCopy;
import io.plakar.legal.content.I18nSource;
import io.plakar.legal.content.Problem;

/**
 * The legal check of the French original and the facts, from {@code legal-requirements.properties},
 * on copies of {@code i18n/} that each test puts in the state it needs: every fact a test relies
 * on is set by the test, never taken from the shipped files.
 */
class LegalRequirementsTest {

    static final String FACTS = "facts.properties";
    static final String ORIGINAL = "content/legal-notice.fr.md";
    static final String FACTS_FILE = "i18n/facts.properties";

    /** A SIREN whose check digit is right, and its VAT number (key (12 + 3 × (732829320 mod 97)) mod 97 = 44). */
    static final String SIREN = "732 829 320";
    static final String VAT = "FR44732829320";

    @TempDir
    Path temp;

    // --- What must be stated ---

    @Test
    void aRequiredFactThatIsMissingIsWarnedCitingTheLaw() throws IOException {
        Path i18n = I18nCopy.into(temp);
        removeFact(i18n, "company.phone");
        LegalRequirements.Requirement phone = requirement("company.phone");
        assertTrue(legal(i18n).contains("i18n/facts.properties: warning: " + String.format(LegalRequirements.FACT_MISSING, phone.label(),
                phone.law(), "company.phone", FACTS_FILE, "company.phone", "i18n/content/legal-notice.fr.md")), legal(i18n).toString());
    }

    @Test
    void aRequiredFactShownInTheOriginalSatisfiesTheLaw() throws IOException {
        Path i18n = I18nCopy.into(temp);
        setFact(i18n, "company.phone", "+33 1 42 68 53 00");
        showInOriginal(i18n, "company.phone");
        assertTrue(legal(i18n).stream().noneMatch(problem -> problem.contains("company.phone")), legal(i18n).toString());
    }

    @Test
    void aFactTheOriginalDoesNotShowIsWarnedAtItsLine() throws IOException {
        Path i18n = I18nCopy.into(temp);
        setFact(i18n, "company.phone", "+33 1 42 68 53 00");
        I18nCopy.edit(i18n, ORIGINAL, text -> text.replace("{{company.phone}}", "01 42 68 53 00") + "\n");
        LegalRequirements.Requirement phone = requirement("company.phone");
        assertTrue(legal(i18n).contains(FACTS_FILE + ":" + line(i18n, "company.phone") + ": warning: " + String.format(LegalRequirements.FACT_NOT_SHOWN,
                phone.label(), phone.law(), FACTS_FILE, "company.phone", "i18n/content/legal-notice.fr.md", "company.phone")), legal(i18n).toString());
    }

    @Test
    void aRequirementWrittenInWordsIsLookedForInTheOriginal() throws IOException {
        Path i18n = I18nCopy.into(temp);
        LegalRequirements.Requirement worded = LegalRequirements.requirements().stream()
                .filter(requirement -> requirement.text() != null && requirement.applies() == null).findFirst().orElseThrow();
        Path original = i18n.resolve(ORIGINAL);
        String text = Files.readString(original);
        Files.writeString(original, body(text, worded.text().matcher(body(text, null)).replaceAll("…")));
        Report report = TranslationCheck.run(I18nSource.directory(i18n));
        assertTrue(legal(report).contains("i18n/content/legal-notice.fr.md: warning: " + String.format(LegalRequirements.TEXT_MISSING,
                worded.label(), worded.law(), worded.example())), report.format());
        assertFalse(report.problems().stream().anyMatch(problem -> problem.isError() && problem.message().startsWith(LegalRequirements.PREFIX)),
                "a warning, not an error");
    }

    @Test
    void everyRequirementCitesTheLawItsWordingAndWhereItWasRead() {
        assertFalse(LegalRequirements.requirements().isEmpty());
        for (LegalRequirements.Requirement requirement : LegalRequirements.requirements()) {
            assertFalse(requirement.law().isBlank(), requirement.id());
            assertFalse(requirement.wording().isBlank(), requirement.id());
            assertFalse(requirement.source().isBlank(), requirement.id());
            assertTrue(!requirement.facts().isEmpty() || requirement.text() != null, requirement.id() + " says how it is satisfied");
            if (requirement.law().contains("LCEN art. 1-1")) {
                assertTrue(requirement.law().contains("art. 1-2"), requirement.id() + " names the penalty with the duty");
            }
        }
        for (String rule : List.of("penalty", "siren", "vat", "phone", "director-person", "odr")) {
            assertFalse(LegalRequirements.rule(rule).source().isBlank(), rule);
        }
    }

    // --- What the facts' values prove ---

    @Test
    void aValidSirenAndItsVatNumberRaiseNothing() throws IOException {
        Path i18n = I18nCopy.into(temp);
        setFact(i18n, "company.siren", SIREN);
        setFact(i18n, "company.vat", VAT);
        assertTrue(legal(i18n).stream().noneMatch(problem -> problem.contains("company.siren") || problem.contains("company.vat")),
                legal(i18n).toString());
    }

    @Test
    void aSirenWithAWrongCheckDigitIsAnErrorAtItsLine() throws IOException {
        Path i18n = I18nCopy.into(temp);
        setFact(i18n, "company.siren", "732 829 321");
        assertTrue(legal(i18n).contains(FACTS_FILE + ":" + line(i18n, "company.siren") + ": error: "
                + String.format(LegalRequirements.FACT_VALUE, "company.siren", "732 829 321", LegalFacts.SIREN_CHECK_DIGIT)), legal(i18n).toString());
    }

    @Test
    void aVatKeyThatDoesNotMatchTheSirenIsAnErrorAtItsLine() throws IOException {
        Path i18n = I18nCopy.into(temp);
        setFact(i18n, "company.siren", SIREN);
        setFact(i18n, "company.vat", "FR45732829320");
        assertTrue(legal(i18n).contains(FACTS_FILE + ":" + line(i18n, "company.vat") + ": error: " + String.format(LegalRequirements.FACT_VALUE,
                "company.vat", "FR45732829320", String.format(LegalFacts.VAT_KEY, "45", "732829320", "44"))), legal(i18n).toString());
    }

    @Test
    void aVatNumberOfAnotherSirenIsAnError() throws IOException {
        Path i18n = I18nCopy.into(temp);
        setFact(i18n, "company.siren", SIREN);
        setFact(i18n, "company.vat", "FR40123456824"); // a valid key, of another SIREN
        assertTrue(legal(i18n).stream().anyMatch(problem -> problem.startsWith(FACTS_FILE + ":" + line(i18n, "company.vat") + ": error: ")
                && problem.contains("names the SIREN 123456824")), legal(i18n).toString());
    }

    @Test
    void aPhoneNumberThatCannotBeANumberIsAnErrorAtItsLine() throws IOException {
        Path i18n = I18nCopy.into(temp);
        setFact(i18n, "host.phone", "+33 1 23");
        assertTrue(legal(i18n).contains(FACTS_FILE + ":" + line(i18n, "host.phone") + ": error: " + String.format(LegalRequirements.FACT_VALUE,
                "host.phone", "+33 1 23", String.format(LegalFacts.PHONE_INVALID, 33, "FR"))), legal(i18n).toString());
    }

    @Test
    void aPhoneNumberInWordsIsAnError() throws IOException {
        Path i18n = I18nCopy.into(temp);
        setFact(i18n, "host.phone", "ask the reception");
        assertTrue(legal(i18n).stream().anyMatch(problem -> problem.startsWith(FACTS_FILE + ":" + line(i18n, "host.phone") + ": error: ")
                && problem.contains("cannot be a telephone number")), legal(i18n).toString());
    }

    @Test
    void aPhoneNumberWrittenNationallyIsWarnedWithItsInternationalForm() throws IOException {
        Path i18n = I18nCopy.into(temp);
        setFact(i18n, "host.phone", "01 42 68 53 00");
        assertTrue(legal(i18n).contains(FACTS_FILE + ":" + line(i18n, "host.phone") + ": warning: " + String.format(LegalRequirements.FACT_VALUE,
                "host.phone", "01 42 68 53 00", String.format(LegalFacts.PHONE_NATIONAL, "+33 1 42 68 53 00"))), legal(i18n).toString());
    }

    @Test
    void aValidInternationalPhoneNumberRaisesNothing() throws IOException {
        Path i18n = I18nCopy.into(temp);
        setFact(i18n, "host.phone", "+33 1 42 68 53 00");
        assertTrue(legal(i18n).stream().noneMatch(problem -> problem.contains("host.phone = ")), legal(i18n).toString());
    }

    @Test
    void anEmailAddressThatIsNotOneIsAnError() throws IOException {
        Path i18n = I18nCopy.into(temp);
        setFact(i18n, "contact.email", "help at example.com");
        assertTrue(legal(i18n).contains(FACTS_FILE + ":" + line(i18n, "contact.email") + ": error: "
                + String.format(LegalRequirements.FACT_VALUE, "contact.email", "help at example.com", LegalFacts.EMAIL)), legal(i18n).toString());
    }

    @Test
    void aWebAddressThatIsNotHttpsIsWarned() throws IOException {
        Path i18n = I18nCopy.into(temp);
        setFact(i18n, "privacy.url", "http://example.com/privacy");
        assertTrue(legal(i18n).contains(FACTS_FILE + ":" + line(i18n, "privacy.url") + ": warning: "
                + String.format(LegalRequirements.FACT_VALUE, "privacy.url", "http://example.com/privacy", LegalFacts.URL_NOT_HTTPS)),
                legal(i18n).toString());
    }

    @Test
    void aDirectorThatIsACompanyIsWarnedAtItsLine() throws IOException {
        Path i18n = I18nCopy.into(temp);
        setFact(i18n, "director.name", "Example Holding SAS");
        assertTrue(legal(i18n).contains(FACTS_FILE + ":" + line(i18n, "director.name") + ": warning: " + String.format(LegalRequirements.FACT_VALUE,
                "director.name", "Example Holding SAS", String.format(LegalFacts.DIRECTOR_COMPANY, "the legal form SAS in its name"))),
                legal(i18n).toString());
    }

    @Test
    void aDirectorWhoIsAPersonRaisesNothing() throws IOException {
        Path i18n = I18nCopy.into(temp);
        setFact(i18n, "director.name", "Jeanne Martin-Leroy");
        assertTrue(legal(i18n).stream().noneMatch(problem -> problem.contains("director.name = ")), legal(i18n).toString());
    }

    @Test
    void aLinkToTheClosedOdrPlatformInTheOriginalIsWarnedAtItsLine() throws IOException {
        Path i18n = I18nCopy.into(temp);
        String link = "https://ec.europa.eu/consumers/odr";
        I18nCopy.edit(i18n, ORIGINAL, text -> text + "\nPlateforme de règlement en ligne des litiges : <" + link + ">\n");
        int line = I18nCopy.line(i18n, ORIGINAL, link);
        assertTrue(legal(i18n).contains("i18n/content/legal-notice.fr.md:" + line + ": warning: "
                + String.format(LegalRequirements.ODR_LINK, link, LegalRequirements.rule("odr").law())), legal(i18n).toString());
    }

    @Test
    void aLinkToTheClosedOdrPlatformShownAsAFactIsWarnedWhereTheOriginalShowsIt() throws IOException {
        Path i18n = I18nCopy.into(temp);
        String link = "https://webgate.ec.europa.eu/odr/main/";
        setFact(i18n, "odr.url", link);
        I18nCopy.edit(i18n, ORIGINAL, text -> text + "\nRèglement en ligne des litiges : <{{odr.url}}>\n");
        int line = I18nCopy.line(i18n, ORIGINAL, "{{odr.url}}");
        assertTrue(legal(i18n).contains("i18n/content/legal-notice.fr.md:" + line + ": warning: "
                + String.format(LegalRequirements.ODR_LINK, "{{odr.url}} = " + link, LegalRequirements.rule("odr").law())), legal(i18n).toString());
    }

    // --- Duties that depend on the business ---

    @Test
    void consumerDutiesApplyOnlyWhenTheCompanySellsToConsumers() throws IOException {
        String condition = LegalRequirements.requirements().stream().map(LegalRequirements.Requirement::applies)
                .filter(applies -> applies != null).findFirst().orElseThrow();
        List<LegalRequirements.Requirement> consumer = LegalRequirements.requirements().stream()
                .filter(requirement -> condition.equals(requirement.applies())).toList();

        Path i18n = I18nCopy.into(temp);
        for (LegalRequirements.Requirement requirement : consumer) {
            requirement.facts().forEach(fact -> removeFact(i18n, fact));
        }
        setFact(i18n, condition, "no");
        assertTrue(legal(i18n).stream().noneMatch(problem -> consumer.stream().anyMatch(requirement -> problem.contains(requirement.label()))),
                legal(i18n).toString());

        setFact(i18n, condition, "yes");
        for (LegalRequirements.Requirement requirement : consumer) {
            for (String fact : requirement.facts()) {
                assertTrue(legal(i18n).contains(FACTS_FILE + ": warning: " + String.format(LegalRequirements.FACT_MISSING, requirement.label(),
                        requirement.law(), fact, FACTS_FILE, fact, "i18n/content/legal-notice.fr.md")), legal(i18n).toString());
            }
        }
    }

    @Test
    void aBusinessFactThatIsNeitherYesNorNoIsAnError() throws IOException {
        String condition = LegalRequirements.requirements().stream().map(LegalRequirements.Requirement::applies)
                .filter(applies -> applies != null).findFirst().orElseThrow();
        Path i18n = I18nCopy.into(temp);
        setFact(i18n, condition, "sometimes");
        List<String> errors = legal(i18n).stream().filter(problem -> problem.startsWith(FACTS_FILE + ":" + line(i18n, condition) + ": error: "))
                .toList();
        assertEquals(1, errors.size(), legal(i18n).toString());
        assertTrue(errors.get(0).contains(condition + " = sometimes must be yes or no"), errors.get(0));
    }

    // --- Helpers: the state of a copy, and the findings ---

    static LegalRequirements.Requirement requirement(String fact) {
        return LegalRequirements.requirements().stream().filter(requirement -> requirement.facts().contains(fact)).findFirst().orElseThrow();
    }

    /** Sets a fact in the copy's facts file: replaces its line, else adds one. */
    static void setFact(Path i18n, String name, String value) throws IOException {
        Path file = i18n.resolve(FACTS);
        String text = Files.readString(file);
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\s*[=:].*$").matcher(text);
        String entry = name + " = " + value;
        Files.writeString(file, line.find() ? line.replaceFirst(Matcher.quoteReplacement(entry)) : text + (text.endsWith("\n") ? "" : "\n") + entry + "\n");
    }

    static void removeFact(Path i18n, String name) {
        try {
            Path file = i18n.resolve(FACTS);
            Files.writeString(file, Files.readString(file).replaceAll("(?m)^" + Pattern.quote(name) + "\\s*[=:].*\\R?", ""));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Makes the original show the fact, at the end of its text, unless it does already. */
    static void showInOriginal(Path i18n, String name) throws IOException {
        Path file = i18n.resolve(ORIGINAL);
        String text = Files.readString(file);
        if (!text.contains("{{" + name + "}}")) {
            Files.writeString(file, text + "\n{{" + name + "}}\n");
        }
    }

    /** The document's body (after the front matter), or the text with its body replaced. */
    static String body(String text, String newBody) {
        Matcher frontMatter = Pattern.compile("\\A---\\R.*?\\R---\\R", Pattern.DOTALL).matcher(text);
        int start = frontMatter.find() ? frontMatter.end() : 0;
        return newBody == null ? text.substring(start) : text.substring(0, start) + newBody;
    }

    static int line(Path i18n, String fact) {
        try {
            return I18nCopy.line(i18n, FACTS, fact + " =");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<String> legal(Path i18n) {
        return legal(TranslationCheck.run(I18nSource.directory(i18n)));
    }

    /** The report's legal findings, as printed. */
    static List<String> legal(Report report) {
        return report.problems().stream().filter(problem -> problem.message().startsWith(LegalRequirements.PREFIX)).map(Problem::toString).toList();
    }
}
