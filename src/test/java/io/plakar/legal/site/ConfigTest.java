package io.plakar.legal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigTest {

    @Test
    void defaultsToLocalhost() {
        assertEquals("http://localhost:8080", Config.from(name -> null).baseUrl());
    }

    @Test
    void dropsATrailingSlash() {
        assertEquals("https://legal.plakar.io", Config.from(Map.of(Config.BASE_URL, "https://legal.plakar.io/")::get).baseUrl());
    }

    @ParameterizedTest
    @ValueSource(strings = {"legal.plakar.io", "ftp://legal.plakar.io", "javascript:alert(1)", "https://x/?a=b", "https:///path", "http://a b"})
    void refusesABaseUrlThatIsNotAnAbsoluteHttpUrl(String value) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Config.from(Map.of(Config.BASE_URL, value)::get));
        assertTrue(e.getMessage().contains("legal.base-url"), e.getMessage());
    }
}
