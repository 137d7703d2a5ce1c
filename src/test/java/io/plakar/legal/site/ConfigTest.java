package io.plakar.legal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    @Test
    void productionServesTheStatusPageOnlyWhenTheOperatorTurnsItOn() {
        assertFalse(Config.from(name -> null).servesStatusPage());
        assertTrue(Config.from(Map.of(Config.STATUS_PAGE, "on")::get).servesStatusPage());
        assertFalse(Config.from(Map.of(Config.STATUS_PAGE, "OFF")::get).servesStatusPage());
        assertFalse(Config.from(Map.of(Config.STATUS_PAGE, "on")::get).showsLegalFindings(), "production never shows the legal findings");
    }

    @Test
    void livePreviewServesTheStatusPageWithTheLegalFindings() {
        Config preview = Config.from(Map.of(Config.I18N_DIR, System.getProperty("java.io.tmpdir"))::get);
        assertTrue(preview.servesStatusPage());
        assertTrue(preview.showsLegalFindings());
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "true", "1", "maybe"})
    void refusesAStatusPageSettingOtherThanOnOrOff(String value) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Config.from(Map.of(Config.STATUS_PAGE, value)::get));
        assertTrue(e.getMessage().contains("legal.status-page"), e.getMessage());
    }
}
