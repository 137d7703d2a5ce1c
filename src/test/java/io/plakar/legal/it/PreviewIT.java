package io.plakar.legal.it;

import static io.plakar.legal.it.SiteClient.html;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.plakar.legal.I18nCopy;

/**
 * Live preview: the WAR serves a copy of {@code i18n/} from disk (the {@code legal.i18n-dir}
 * setting, here as a context parameter) and shows each edit on the next request: a changed
 * text, a new language made of files alone, a broken file, a changed original.
 */
@ExtendWith(ArquillianExtension.class)
class PreviewIT {

    /** The folder the deployment previews; each test starts from a fresh copy of i18n/. */
    private static final Path PREVIEWED = Path.of("target/preview-it").toAbsolutePath();
    private static final Path I18N = PREVIEWED.resolve("i18n");

    @ArquillianResource
    private URL url;

    @Deployment(testable = false)
    static WebArchive deployment() {
        resetFolder();
        return SiteClient.previewWar(I18N);
    }

    @BeforeEach
    @AfterEach
    void freshCopy() {
        resetFolder();
    }

    @Test
    void anEditShowsOnTheNextRequest() throws IOException {
        SiteClient client = new SiteClient(url);
        assertEquals("Impressum", html(client.get("/de/impressum")).selectFirst("main h1").text());
        edit("content/legal-notice.de.md", "title: \"Impressum\"", "title: \"Impressum (Entwurf)\"");
        assertEquals("Impressum (Entwurf)", html(client.get("/de/impressum")).selectFirst("main h1").text());
        edit("messages/de.properties", "skip.link = Zum Inhalt springen", "skip.link = Direkt zum Inhalt");
        assertEquals("Direkt zum Inhalt", html(client.get("/de/impressum")).selectFirst("a.skip-link").text());
    }

    @Test
    void aNewLanguageFromFilesAloneIsServedSwitchedToAndChecked() throws IOException {
        String pt = I18nCopy.NEW_TAG;
        Files.writeString(I18N.resolve("messages/" + pt + ".properties"), "language.name = Português\nskip.link = Ir para o conteúdo\n");
        Files.writeString(I18N.resolve("content/legal-notice." + pt + ".md"), Files.readString(I18N.resolve("content/legal-notice.fr.md"))
                .replaceFirst("(?m)^slug: .*$", "slug: \"aviso-legal-" + pt + "\"").replaceFirst("(?m)^title: .*$", "title: \"Aviso legal\""));
        SiteClient client = new SiteClient(url);

        assertEquals("/" + pt + "/aviso-legal-" + pt, client.get("/" + pt).headers().firstValue("Location").orElseThrow());
        Document page = html(client.get("/" + pt + "/aviso-legal-" + pt));
        assertEquals(pt, page.selectFirst("html").attr("lang"));
        assertEquals("Aviso legal", page.selectFirst("main h1").text());
        assertEquals("Ir para o conteúdo", page.selectFirst("a.skip-link").text());
        assertNotNull(page.selectFirst("main .notice-incomplete"), "its blocks are still the French text: the page says so");

        Element link = html(client.get("/fr/mentions-legales")).selectFirst("nav.switcher a[hreflang=" + pt + "]");
        assertNotNull(link, "the switcher offers the new language");
        assertEquals("Português", link.text());
        HttpResponse<String> switched = client.get(link.attr("href"));
        assertEquals("lang=" + pt, switched.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0]);
        assertEquals("/" + pt + "/aviso-legal-" + pt, client.get("/", "Cookie", "lang=" + pt).headers().firstValue("Location").orElseThrow());
        assertEquals("/" + pt + "/aviso-legal-" + pt, client.get("/", "Accept-Language", pt + "-" + pt.toUpperCase(java.util.Locale.ROOT) + ", en;q=0.5").headers().firstValue("Location").orElseThrow());
        assertTrue(client.get("/sitemap.xml").body().contains("/" + pt + "/aviso-legal-" + pt + "</loc>"));

        Document status = html(client.get("/translations"));
        Element row = status.selectFirst("tr#" + pt);
        assertNotNull(row, "the status report lists the new language");
        assertTrue(row.text().contains("incomplete"), row.text()); // its document is still the French text
    }

    @Test
    void aBrokenEditIsNamedByFileAndLineUntilFixed() throws IOException {
        SiteClient client = new SiteClient(url);
        edit("content/legal-notice.de.md", "{{company.vat}}", "{{company.tva}}");
        edit("messages/it.properties", "L''originale", "L'originale");
        int line = lineOf("content/legal-notice.de.md", "{{company.tva}}");
        HttpResponse<String> broken = client.get("/de/impressum");
        assertEquals(503, broken.statusCode());
        assertTrue(broken.body().contains("i18n/content/legal-notice.de.md:" + line + ": unknown fact {{company.tva}}"), broken.body());
        assertTrue(broken.body().contains("i18n/messages/it.properties:" + lineOf("messages/it.properties", "L'originale")
                + ": single apostrophe in "), "every problem, not only the first: " + broken.body());
        for (String path : List.of("/", "/sitemap.xml", "/translations", "/health")) {
            assertEquals(503, client.get(path).statusCode(), path + " while i18n/ is broken");
        }

        edit("content/legal-notice.de.md", "{{company.tva}}", "{{company.vat}}");
        assertEquals(503, client.get("/de/impressum").statusCode(), "until every problem is fixed");
        edit("messages/it.properties", "L'originale", "L''originale");
        assertEquals(200, client.get("/de/impressum").statusCode());
        assertEquals(200, client.get("/health").statusCode());
    }

    @Test
    void aChangedOriginalMarksTranslationsStaleForVisitors() throws IOException {
        String lastmod = "lastmod: " + SiteClient.originalLastmod();
        edit("content/legal-notice.fr.md", lastmod, "lastmod: 2099-01-15");
        SiteClient client = new SiteClient(url);
        Document page = html(client.get("/de/impressum"));
        Element stale = page.selectFirst("main .notice-stale");
        assertNotNull(stale, "the stale notice");
        assertEquals("15. Januar 2099", stale.selectFirst("time[datetime=2099-01-15]").text());
        assertTrue(stale.text().startsWith("Das französische Original wurde am 15. Januar 2099 aktualisiert"), stale.text());
        assertNotNull(stale.selectFirst("a[href=/fr/mentions-legales]"));
        assertEquals(null, html(client.get("/fr/mentions-legales")).selectFirst("main .notice-stale"));
        Document status = html(client.get("/translations"));
        assertTrue(status.selectFirst("tr#de").text().contains("stale"));
        assertTrue(status.select("li.warning").stream().anyMatch(problem -> problem.text().startsWith("i18n/content/legal-notice.de.md:")
                && problem.text().contains("no section of the text changed, only the front matter")), "the changes, compared at run time");
        // The legal findings the check makes of the previewed folder, whatever they are today, are shown in the preview.
        List<String> legal = io.plakar.legal.check.TranslationCheck.run(io.plakar.legal.content.I18nSource.directory(I18N)).problems().stream()
                .filter(problem -> problem.file().endsWith("facts.properties")).map(problem -> problem.message()).toList();
        assertFalse(legal.isEmpty(), "the check finds something of the law's list to say");
        legal.forEach(message -> assertTrue(status.select("li.warning").stream().anyMatch(problem -> problem.text().contains(message)), message));
    }

    @Test
    void anEditOfOneFrenchSectionIsShownAsThatSectionsDiff() throws IOException {
        edit("content/legal-notice.fr.md", "représentée par son représentant légal", "représentée par son dirigeant");
        Document status = html(new SiteClient(url).get("/translations"));
        List<Element> sections = status.select("section.original-changes h3");
        assertEquals(1, sections.size(), "only the edited section: " + sections);
        int heading = lineOf("content/legal-notice.fr.md", "## Directeur de la publication");
        assertTrue(sections.get(0).text().startsWith("i18n/content/legal-notice.fr.md:" + heading + " Directeur de la publication"),
                sections.get(0).text());
        Element diff = status.selectFirst("section.original-changes pre.diff");
        assertEquals("représentant légal", diff.select("del").text());
        assertEquals("dirigeant", diff.select("ins").text());
        assertTrue(status.selectFirst("section.original-changes p").text().contains(String.join(", ",
                SiteClient.languages().stream().filter(tag -> !tag.equals("fr")).toList())), "every translation was made from that version");
    }

    private static void edit(String file, String from, String to) throws IOException {
        I18nCopy.edit(I18N, file, text -> text.replace(from, to));
    }

    private static int lineOf(String file, String text) throws IOException {
        return I18nCopy.line(I18N, file, text);
    }

    private static void resetFolder() {
        try {
            I18nCopy.delete(I18N);
            Files.createDirectories(PREVIEWED);
            I18nCopy.current(PREVIEWED); // every translation current, whatever state i18n/ is in
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
