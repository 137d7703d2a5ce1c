package io.plakar.legal.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageNegotiatorTest {

    private final LanguageNegotiator negotiator = new LanguageNegotiator(List.of("de", "en", "es", "fr", "it", "nl", "ar"), "fr");

    @ParameterizedTest(name = "cookie {0}, Accept-Language \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        // no preference at all: the default, never the JVM's locale (German in these tests)
        "NULL | NULL                               | fr",
        "NULL | ''                                 | fr",
        "NULL | '   '                              | fr",
        // plain and regional ranges, case-insensitive
        "NULL | de                                 | de",
        "NULL | AR                                 | ar",
        "NULL | en-GB                              | en",
        "NULL | en-US,en;q=0.9                     | en",
        "NULL | de-CH-1996                         | de",
        "NULL | ar-EG, fr;q=0.9                    | ar",
        // q-values order the ranges; equal weights keep the header's order
        "NULL | it;q=0.5, nl                       | nl",
        "NULL | nl;q=0.5, it;q=0.5                 | nl",
        "NULL | ja, de;q=0.5                       | de",
        "NULL | zh-Hant-TW, es;q=0.1               | es",
        "NULL | 'de ; q=0.4 , es ;q=0.6'           | es",
        "NULL | 'de,,en'                           | de",
        // unsupported languages only: the default
        "NULL | ja                                 | fr",
        "NULL | ja, zh;q=0.8                       | fr",
        // q=0 means not acceptable
        "NULL | de;q=0, en;q=0.1                   | en",
        "NULL | de;q=0                             | fr",
        "NULL | en-GB, en;q=0                      | fr",
        // the wildcard: the default, unless excluded, then the next language
        "NULL | *                                  | fr",
        "NULL | ja, *;q=0.1                        | fr",
        "NULL | fr;q=0, *                          | de",
        "NULL | fr;q=0, de;q=0, *;q=0.5            | en",
        "NULL | *;q=0                              | fr",
        // malformed headers are ignored as a whole
        "NULL | en;                                | fr",
        "NULL | fr;q=abc                           | fr",
        "NULL | de;q=1.5                           | fr",
        "NULL | de;q=0.0001                        | fr",
        "NULL | de;q=-1                            | fr",
        "NULL | de;q=1e-3                          | fr",
        "NULL | de;level=1                         | fr",
        "NULL | 'd e'                              | fr",
        "NULL | de-                                | fr",
        "NULL | toolongrange                       | fr",
        "NULL | '<script>'                         | fr",
        // the remembered choice comes first, if it is a supported language
        "nl   | de                                 | nl",
        "ar   | NULL                               | ar",
        "xx   | de                                 | de",
        "''   | de                                 | de",
        "'../fr' | NULL                            | fr",
        "NL   | it                                 | it",
    })
    void negotiates(String cookie, String header, String expected) {
        assertEquals(expected, negotiator.negotiate(cookie, header));
    }

    @Test
    void ignoresHeadersOverTheLengthLimit() {
        String header = "de;q=0.5, ".repeat(1024); // 10 KB of valid ranges
        assertTrue(header.length() > LanguageNegotiator.MAX_HEADER_LENGTH);
        assertEquals("fr", negotiator.negotiate(null, header));
        assertTrue(LanguageNegotiator.parse(header).isEmpty());
    }

    @Test
    void acceptsManyRangesWithinTheLimit() {
        String header = "ja;q=0.9, ".repeat(50) + "nl;q=0.1";
        assertEquals("nl", negotiator.negotiate(null, header));
    }
}
