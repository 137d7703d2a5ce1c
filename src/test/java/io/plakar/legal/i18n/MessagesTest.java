package io.plakar.legal.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MessagesTest {

    private final Messages messages = new Messages(Map.of(
            "fr", Map.of("skip.link", "Aller au contenu", "updated", "Dernière mise à jour : {0}", "quote", "L''original : {0}"),
            "de", Map.of("skip.link", "Zum Inhalt springen", "updated", "Letzte Aktualisierung: {0}"),
            "nl", Map.of("updated", "  ")), "fr");

    @Test
    void takesTheLanguagesOwnString() {
        assertEquals("Zum Inhalt springen", messages.get("de", "skip.link"));
    }

    @Test
    void fallsBackOnFrenchNeverOnTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            assertEquals("Aller au contenu", messages.get("nl", "skip.link"));
            assertEquals("Aller au contenu", messages.get("pt", "skip.link"));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void treatsABlankStringAsMissing() {
        assertEquals("Dernière mise à jour : {0}", messages.get("nl", "updated"));
        assertFalse(messages.has("nl", "updated"));
        assertTrue(messages.has("de", "updated"));
    }

    @Test
    void showsAKeyNoLanguageHasAsItselfRatherThanQuestionMarks() {
        assertEquals("footer.nothing", messages.get("de", "footer.nothing"));
    }

    @Test
    void formatsPatternsWithDoubledApostrophes() {
        assertEquals("L'original : x", messages.format("fr", "quote", "x"));
        assertEquals("Letzte Aktualisierung: 6. Mai 2025", messages.format("de", "updated", "6. Mai 2025"));
    }
}
