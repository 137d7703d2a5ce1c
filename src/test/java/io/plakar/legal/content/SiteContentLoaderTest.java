package io.plakar.legal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.plakar.legal.I18nCopy;
import io.plakar.legal.i18n.Language;
import io.plakar.legal.i18n.LocalizedFormats;

/** Loads the real {@code i18n/} folder, and broken copies of it. */
class SiteContentLoaderTest {

    static final Path I18N = Path.of("i18n");

    /** The languages shipped in i18n/, each with its bundle and its document. */
    static List<String> shipped() throws IOException {
        try (Stream<Path> files = Files.list(I18N.resolve("messages"))) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".properties"))
                    .map(name -> name.substring(0, name.length() - ".properties".length())).sorted().toList();
        }
    }

    /** The lastmod written in a document's front matter. */
    static LocalDate lastmod(String tag) throws IOException {
        Matcher lastmod = Pattern.compile("(?m)^lastmod: *(\\d{4}-\\d{2}-\\d{2})").matcher(
                Files.readString(I18N.resolve("content/legal-notice." + tag + ".md")));
        assertTrue(lastmod.find(), tag + " has a lastmod");
        return LocalDate.parse(lastmod.group(1));
    }

    @TempDir
    Path temp;

    @Test
    void loadsTheShippedLanguagesEachWithItsDocument() throws IOException {
        SiteContent content = SiteContentLoader.load(I18nSource.directory(I18N));
        assertEquals(shipped(), content.tags().stream().sorted().toList());
        shipped().stream().filter(tag -> Files.exists(I18N.resolve(I18nLayout.document(tag))))
                .forEach(tag -> assertTrue(content.translated(tag), tag));
        assertEquals("/fr/mentions-legales", content.path("fr"));
        assertEquals("/en/legal-notice", content.path("en"));
        assertEquals("/de/impressum", content.path("de"));
        List<String> names = content.languages().stream().map(Language::name).toList();
        assertEquals(names.stream().sorted(Collator.getInstance(Locale.ROOT)).toList(), names, "ordered by name, as the switcher shows them");
        assertEquals("Français", content.language("fr").orElseThrow().name());
        assertEquals("العربية", content.language("ar").orElseThrow().name());
        assertTrue(content.language("ar").orElseThrow().rtl());
        assertFalse(content.language("fr").orElseThrow().rtl());
        assertEquals(lastmod("fr"), content.document("fr").lastmod());
    }

    @Test
    void everyCurrentTranslationStatesEveryFactTheFrenchStates() throws IOException {
        // From a state where every translation is current, whatever state i18n/ is in (the French just edited, a fact just added).
        Path i18n = I18nCopy.current(temp);
        SiteContent content = SiteContentLoader.load(I18nSource.directory(i18n));
        String french = content.document("fr").html();
        String frenchFormat = content.language("fr").orElseThrow().formatTag();
        List<String> stated = content.facts().values().keySet().stream()
                .filter(name -> french.contains(content.facts().format(name, frenchFormat))).toList();
        assertFalse(stated.isEmpty());
        for (String tag : I18nCopy.translations(i18n)) {
            String text = content.document(tag).html();
            String formatTag = content.language(tag).orElseThrow().formatTag();
            stated.forEach(name -> assertTrue(text.contains(content.facts().format(name, formatTag)),
                    tag + " lacks " + name + " = " + content.facts().format(name, formatTag)));
        }
    }

    @Test
    void sameHeadingsInEveryLanguage() throws IOException {
        SiteContent content = SiteContentLoader.load(I18nSource.directory(I18N));
        List<Integer> original = content.document("fr").headings().stream().map(MarkdownRenderer.Heading::level).toList();
        shipped().forEach(tag -> assertEquals(original,
                content.document(tag).headings().stream().map(MarkdownRenderer.Heading::level).toList(), tag));
    }

    /** The English translation is British: its bundle sets en-GB, and its dates read "1 December 2026". */
    @Test
    void englishFormatsAsBritishEnglish() {
        SiteContent content = SiteContentLoader.load(I18nSource.directory(I18N));
        assertEquals("6 May 2025", LocalizedFormats.date(LocalDate.of(2025, 5, 6), content.language("en").orElseThrow().formatTag()));
    }

    @Test
    void aLanguageWithoutTheSettingFormatsWithItsOwnTagNeverTheFrenchOne() throws IOException {
        Path copy = copyOfI18n();
        String tag = I18nCopy.NEW_TAG;
        Files.writeString(copy.resolve(I18nLayout.bundle(tag)), "language.name = Português\n");
        Files.writeString(copy.resolve(I18nLayout.document(tag)), Files.readString(copy.resolve("content/legal-notice.fr.md"))
                .replaceFirst("(?m)^slug: .*$", "slug: \"aviso-legal-" + tag + "\""));
        SiteContent content = SiteContentLoader.load(I18nSource.directory(copy));
        assertEquals(tag, content.language(tag).orElseThrow().formatTag());
        String capital = content.facts().values().keySet().stream().filter(name -> !content.facts().format(name, tag).equals(content.facts().format(name, "fr")))
                .findFirst().orElseThrow(() -> new AssertionError("no fact (an amount, a date) is formatted otherwise in " + tag + " than in French"));
        assertTrue(content.document(tag).html().contains(content.facts().format(capital, tag)), content.document(tag).html());
        assertFalse(content.document(tag).html().contains(content.facts().format(capital, "fr")));
    }

    @Test
    void refusesAFormatLocaleOfAnotherLanguageAndNamesTheLine() throws IOException {
        Path copy = copyOfI18n();
        Path file = copy.resolve("messages/de.properties");
        Files.writeString(file, Files.readString(file).replaceFirst("(?m)^language\\.format-locale = .*$", "language.format-locale = fr-FR"));
        int line = Files.readAllLines(file).indexOf("language.format-locale = fr-FR") + 1;
        assertTrue(line > 0);
        ContentException e = assertThrows(ContentException.class, () -> SiteContentLoader.load(I18nSource.directory(copy)));
        assertTrue(e.getMessage().startsWith("i18n/messages/de.properties:" + line + ": language.format-locale: 'fr-FR' is not a variant"),
                e.getMessage());
    }

    /** In a right-to-left language, each isolated left-to-right run states its direction. */
    @Test
    void rightToLeftDocumentsIsolateLeftToRightRunsWithAnExplicitDirection() throws IOException {
        SiteContent content = SiteContentLoader.load(I18nSource.directory(I18N));
        List<String> rtl = content.languages().stream().filter(Language::rtl).map(Language::tag).toList();
        assertFalse(rtl.isEmpty(), "i18n/ ships a right-to-left language");
        for (String tag : rtl) {
            String html = content.document(tag).html();
            assertTrue(html.contains("<bdi dir=\"ltr\">" + content.facts().format("host.phone", tag) + "</bdi>"), tag + ": " + html);
            assertTrue(html.contains("<bdi dir=\"ltr\">" + content.facts().format("company.siren", tag) + "</bdi>"), tag + ": " + html);
            assertFalse(html.contains("<bdi>"), tag + " has an isolate without a direction");
        }
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
        String tag = I18nCopy.NEW_TAG;
        Files.writeString(copy.resolve(I18nLayout.bundle(tag)), "language.name = Português\nskip.link = Ir para o conteúdo\n");
        SiteContent content = SiteContentLoader.load(I18nSource.directory(copy));
        assertEquals("Português", content.language(tag).orElseThrow().name());
        assertEquals("Ir para o conteúdo", content.messages().get(tag, "skip.link"));
        assertEquals(content.messages().get("fr", "switcher.label"), content.messages().get(tag, "switcher.label"), "a string it lacks is the French one");
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
        String tag = I18nCopy.translations(copy).get(0);
        String file = I18nLayout.document(tag);
        I18nCopy.edit(copy, file, text -> text.replaceFirst("(?m)^slug: .*$", "slug: \"note legali/../x\""));
        ContentException e = assertThrows(ContentException.class, () -> SiteContentLoader.load(I18nSource.directory(copy)));
        assertEquals("i18n/" + file, e.file());
        assertEquals(I18nCopy.line(copy, file, "slug:"), e.line());
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
        I18nCopy.edit(copy, "facts.properties", text -> text.replaceFirst("(?m)^host\\.name = .*$", "host.name = KANDBAZ_SAS *bold* <b>x</b> [a](javascript:alert(1))"));
        SiteContent content = SiteContentLoader.load(I18nSource.directory(copy));
        String html = content.document("fr").html();
        assertTrue(html.contains("KANDBAZ_SAS *bold* &lt;b&gt;x&lt;/b&gt; [a](javascript:alert(1))"), html);
    }

    private Path copyOfI18n() throws IOException {
        return I18nCopy.into(temp);
    }
}
