package io.plakar.legal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The proofs of the facts' values, as tables of values and what the check says of them. */
class LegalFactsTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "732 829 320, ok",
        "732829320, ok",
        "404 833 048, ok",
        "732 829 321, error",
        "732 829 32, error",
        "73282932A, error",
    })
    void siren(String value, String expected) {
        assertEquals(expected, verdict(LegalFacts.siren(value)));
    }

    @ParameterizedTest(name = "{0} with SIREN {1}: {2}")
    @CsvSource({
        "FR44732829320, 732829320, ok",
        "FR 44 732 829 320, 732 829 320, ok",
        "FR45732829320, 732829320, error",
        "FR40123456824, 732829320, error",
        "FR44732829320, , ok",
        "FRAB732829320, 732829320, warning",
        "FR4473282932, 732829320, error",
        "DE123456789, 732829320, ok",
    })
    void vat(String value, String siren, String expected) {
        assertEquals(expected, verdict(LegalFacts.vat(value, siren, "i18n/facts.properties:1")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "+33 1 42 68 53 00, ok",
        "+1 415-802-2316, ok",
        "+33142685300, ok",
        "+1 (415) 802-2316, warning",
        "+33 (0)1 42 68 53 00, warning",
        "+49 30 901820, ok",
        "01 42 68 53 00, warning",
        "+33 1 23, error",
        "+33 1 42 68 53 00 00 00, error",
        "call the office, error",
    })
    void phone(String value, String expected) {
        assertEquals(expected, verdict(LegalFacts.phone(value)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "help@plakar.io, ok",
        "first.last+tag@example.co.uk, ok",
        "help at plakar.io, error",
        "help@plakar, error",
        "@plakar.io, error",
    })
    void email(String value, String expected) {
        assertEquals(expected, verdict(LegalFacts.email(value)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "https://plakar.io/, ok",
        "http://plakar.io/, warning",
        "plakar.io, error",
        "ftp://plakar.io/, error",
        "https://, error",
    })
    void url(String value, String expected) {
        assertEquals(expected, verdict(LegalFacts.url(value)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "Spark Angle B.V., warning",
        "Example Holding SAS, warning",
        "Beispiel GmbH, warning",
        "la société Exemple, warning",
        "PLAKAR, warning",
        "Julien Mangeard, ok",
        "Jeanne Martin-Leroy, ok",
        "Anne-Sophie Sastre, ok",
    })
    void director(String name, String expected) {
        assertEquals(expected, verdict(LegalFacts.director(name, "PLAKAR", "KANDBAZ SAS")));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "732829320, 44",
        "404833048, 83",
        "123456824, 40",
    })
    void theVatKeyOfASiren(String siren, String key) {
        assertEquals(key, LegalFacts.vatKey(siren));
        assertTrue(LegalFacts.luhn(siren));
    }

    private static String verdict(Optional<LegalFacts.Finding> finding) {
        return finding.map(found -> found.error() ? "error" : "warning").orElse("ok");
    }
}
