package io.plakar.legal.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalizedFormatsTest {

    private static final LocalDate LAST_UPDATE = LocalDate.of(2025, 5, 6);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr | 6 mai 2025",
        "en | May 6, 2025",
        "de | 6. Mai 2025",
        "es | 6 de mayo de 2025",
        "it | 6 maggio 2025",
        "nl | 6 mei 2025",
        "ar | 6 مايو 2025",
    })
    void writesTheLastUpdateAsEachLanguageDoes(String tag, String expected) {
        assertEquals(expected, LocalizedFormats.date(LAST_UPDATE, tag));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr | 1 289,86 €",
        "en | €1,289.86",
        "de | 1.289,86 €",
        "es | 1.289,86 €",
        "it | 1.289,86 €",
        "nl | € 1.289,86",
        "ar | € 1,289.86",
    })
    void writesTheShareCapitalAsEachLanguageDoesWithWesternDigits(String tag, String expected) {
        String formatted = LocalizedFormats.amount(new BigDecimal("1289.86"), Currency.getInstance("EUR"), tag);
        assertEquals(expected, normalizeSpaces(formatted));
    }

    /** CLDR puts (narrow) no-break spaces and direction marks in amounts; compare them as spaces. */
    static String normalizeSpaces(String text) {
        return text.replaceAll("[\\u00A0\\u202F]", " ").replaceAll("[\\u200E\\u200F\\u061C]", "");
    }
}
