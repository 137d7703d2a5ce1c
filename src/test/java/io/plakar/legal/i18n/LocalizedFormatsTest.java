package io.plakar.legal.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalizedFormatsTest {

    private static final LocalDate LAST_UPDATE = LocalDate.of(2025, 5, 6);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr    | 6 mai 2025",
        "en-GB | 6 May 2025",
        "en    | May 6, 2025",
        "de    | 6. Mai 2025",
        "es    | 6 de mayo de 2025",
        "it    | 6 maggio 2025",
        "nl-NL | 6 mei 2025",
        "ar    | 6 مايو 2025",
    })
    void writesTheLastUpdateAsEachLocaleDoes(String formatTag, String expected) {
        assertEquals(expected, LocalizedFormats.date(LAST_UPDATE, formatTag));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr    | 1 289,86 €",
        "en-GB | €1,289.86",
        "de    | 1.289,86 €",
        "es    | 1.289,86 €",
        "it    | 1.289,86 €",
        "nl-NL | € 1.289,86",
        "ar    | € 1,289.86",
    })
    void writesTheShareCapitalAsEachLocaleDoesWithWesternDigits(String formatTag, String expected) {
        String formatted = LocalizedFormats.amount(new BigDecimal("1289.86"), Currency.getInstance("EUR"), formatTag);
        assertEquals(expected, normalizeSpaces(formatted));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en    | en-GB | en-GB",
        "en    |       | en",
        "en    | '  '  | en",
        "pt-br | pt-BR | pt-BR",
        "nl    | nl    | nl",
        "pt    | fr    | pt",
        "en    | x y z | en",
    })
    void aLanguageFormatsWithItsOwnSettingOnlyWhenItIsAVariantOfItself(String tag, String setting, String expected) {
        assertEquals(expected, LocalizedFormats.formatTag(tag, setting));
    }

    @Test
    void saysWhyASettingCannotBeUsed() {
        assertNull(LocalizedFormats.problem("en", "en-GB"));
        assertNull(LocalizedFormats.problem("pt-br", "pt-PT"));
        assertEquals("'fr' is not a variant of the language 'pt': write 'pt' or 'pt-' followed by a region, as en-GB for en",
                LocalizedFormats.problem("pt", "fr"));
        assertNotNull(LocalizedFormats.problem("en", "en_GB!"));
    }

    /** CLDR puts (narrow) no-break spaces and direction marks in amounts; compare them as spaces. */
    static String normalizeSpaces(String text) {
        return text.replaceAll("[\\u00A0\\u202F]", " ").replaceAll("[\\u200E\\u200F\\u061C]", "");
    }
}
