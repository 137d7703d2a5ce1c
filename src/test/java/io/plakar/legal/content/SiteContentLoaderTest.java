package io.plakar.legal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.plakar.legal.I18nCopy;
import io.plakar.legal.i18n.Language;

/** Loads the real {@code i18n/} folder, and broken copies of it. */
class SiteContentLoaderTest {

    static final Path I18N = Path.of("i18n");
    static final List<String> SHIPPED = List.of("fr", "en", "de", "es", "it", "nl", "ar");

    @TempDir
    Path temp;

    @Test
    void loadsTheSevenShippedLanguagesEachWithItsDocument() {
        SiteContent content = SiteContentLoader.load(I18nSource.directory(I18N));
        assertEquals(SHIPPED.stream().sorted().toList(), content.tags().stream().sorted().toList());
        SHIPPED.forEach(tag -> assertTrue(content.translated(tag), tag));
        assertEquals("/fr/mentions-legales", content.path("fr"));
        assertEquals("/en/legal-notice", content.path("en"));
        assertEquals("/de/impressum", content.path("de"));
        assertEquals(List.of("Deutsch", "English", "Español", "Français", "Italiano", "Nederlands", "العربية"),
                content.languages().stream().map(Language::name).toList());
        assertTrue(content.language("ar").orElseThrow().rtl());
        assertFalse(content.language("fr").orElseThrow().rtl());
        assertEquals(LocalDate.of(2025, 5, 6), content.document("fr").lastmod());
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en", "de", "es", "it", "nl", "ar"})
    void everyLanguageStatesEveryFact(String tag) {
        SiteContent content = SiteContentLoader.load(I18nSource.directory(I18N));
        String text = content.document(tag).html();
        content.facts().values().keySet().forEach(name -> {
            String value = content.facts().format(name, tag);
            assertTrue(text.contains(value), tag + " lacks " + name + " = " + value);
        });
        assertTrue(text.contains("Google Analytics"), tag + " lacks the Google Analytics mention");
        assertTrue(text.contains("href=\"https://plakar.io/privacy-policy/\""), tag + " lacks the privacy-policy link");
        assertTrue(text.contains("href=\"mailto:help@plakar.io\""), tag + " lacks the contact link");
    }

    @Test
    void sameHeadingsInEveryLanguage() {
        SiteContent content = SiteContentLoader.load(I18nSource.directory(I18N));
        List<Integer> original = content.document("fr").headings().stream().map(MarkdownRenderer.Heading::level).toList();
        SHIPPED.forEach(tag -> assertEquals(original,
                content.document(tag).headings().stream().map(MarkdownRenderer.Heading::level).toList(), tag));
    }

    @Test
    void aLanguageWithoutItsDocumentGetsTheFrenchOne() throws IOException {
        Path copy = copyOfI18n();
        Files.delete(copy.resolve("content/legal-notice.nl.md"));
        SiteContent content = SiteContentLoader.load(I18nSource.directory(copy));
        assertFalse(content.translated("nl"));
        assertEquals("fr", content.document("nl").tag());
        assertEquals("/nl/mentions-legales", content.path("nl"));
    }

    @Test
    void aNewLanguageIsAFileAway() throws IOException {
        Path copy = copyOfI18n();
        Files.writeString(copy.resolve("messages/pt.properties"), "language.name = Português\nskip.link = Ir para o conteúdo\n");
        SiteContent content = SiteContentLoader.load(I18nSource.directory(copy));
        assertEquals("Português", content.language("pt").orElseThrow().name());
        assertEquals("Ir para o conteúdo", content.messages().get("pt", "skip.link"));
        assertEquals("Langue", content.messages().get("pt", "switcher.label"));
    }

    @Test
    void namesTheFileAndLineOfAnUnknownFact() throws IOException {
        Path copy = copyOfI18n();
        Path file = copy.resolve("content/legal-notice.de.md");
        List<String> lines = Files.readAllLines(file);
        int index = lines.indexOf(lines.stream().filter(line -> line.contains("{{company.vat}}")).findFirst().orElseThrow());
        lines.set(index, lines.get(index).replace("{{company.vat}}", "{{company.tva}}"));
        Files.write(file, lines);
        ContentException e = assertThrows(ContentException.class, () -> SiteContentLoader.load(I18nSource.directory(copy)));
        assertEquals("i18n/content/legal-notice.de.md", e.file());
        assertEquals(index + 1, e.line());
        assertTrue(e.getMessage().startsWith("i18n/content/legal-notice.de.md:" + (index + 1) + ": unknown fact {{company.tva}}"), e.getMessage());
    }

    @Test
    void refusesADocumentWithoutFrontMatter() throws IOException {
        Path copy = copyOfI18n();
        Files.writeString(copy.resolve("content/legal-notice.es.md"), "## Aviso legal\n");
        ContentException e = assertThrows(ContentException.class, () -> SiteContentLoader.load(I18nSource.directory(copy)));
        assertEquals("i18n/content/legal-notice.es.md:1: the front matter is missing: the file must start with a line '---'", e.getMessage());
    }

    @Test
    void refusesASlugThatIsNotUrlSafe() throws IOException {
        Path copy = copyOfI18n();
        Path file = copy.resolve("content/legal-notice.it.md");
        Files.writeString(file, Files.readString(file).replace("slug: \"note-legali\"", "slug: \"note legali/../x\""));
        ContentException e = assertThrows(ContentException.class, () -> SiteContentLoader.load(I18nSource.directory(copy)));
        assertEquals("i18n/content/legal-notice.it.md", e.file());
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("is not URL-safe"), e.getMessage());
    }

    @Test
    void refusesAFileThatIsNotUtf8AndNamesTheLine() throws IOException {
        Path copy = copyOfI18n();
        Files.write(copy.resolve("messages/de.properties"),
                "language.name = Deutsch\nskip.link = Zum Inhalt springen\nupdated = Letzte \u00c4nderung\n".getBytes(StandardCharsets.ISO_8859_1));
        ContentException e = assertThrows(ContentException.class, () -> SiteContentLoader.load(I18nSource.directory(copy)));
        assertEquals("i18n/messages/de.properties:3: the file is not valid UTF-8; save it as UTF-8", e.getMessage());
    }

    @Test
    void escapesMarkdownInFactsSoTheyStayText() throws IOException {
        Path copy = copyOfI18n();
        Path facts = copy.resolve("facts.properties");
        Files.writeString(facts, Files.readString(facts).replace("host.name = KANDBAZ SAS", "host.name = KANDBAZ_SAS *bold* <b>x</b> [a](javascript:alert(1))"));
        SiteContent content = SiteContentLoader.load(I18nSource.directory(copy));
        String html = content.document("fr").html();
        assertTrue(html.contains("KANDBAZ_SAS *bold* &lt;b&gt;x&lt;/b&gt; [a](javascript:alert(1))"), html);
    }

    private Path copyOfI18n() throws IOException {
        return I18nCopy.into(temp);
    }
}
