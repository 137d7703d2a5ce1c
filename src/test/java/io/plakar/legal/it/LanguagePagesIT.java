package io.plakar.legal.it;

import static io.plakar.legal.it.SiteClient.BASE_URL;
import static io.plakar.legal.it.SiteClient.assertHeader;
import static io.plakar.legal.it.SiteClient.bundle;
import static io.plakar.legal.it.SiteClient.html;
import static io.plakar.legal.it.SiteClient.normalize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each language's page, as a visitor and a search engine get it. */
@ExtendWith(ArquillianExtension.class)
class LanguagePagesIT {

    /** Every language's page path. */
    static final Map<String, String> PAGES = Map.of(
            "fr", "/fr/mentions-legales",
            "en", "/en/legal-notice",
            "de", "/de/impressum",
            "es", "/es/aviso-legal",
            "it", "/it/note-legali",
            "nl", "/nl/juridische-informatie",
            "ar", "/ar/ishaar-qanuni");

    /** The facts written the same in every language. */
    static final List<String> FACTS = List.of("PLAKAR", "RCS Paris B 933 509 754", "FR79933509754",
            "149 avenue du Maine, 75014 Paris, France", "Spark Angle B.V.", "Julien Mangeard", "KANDBAZ SAS",
            "1 rue de Stockholm, 75008 Paris, France", "+1 (415) 802-2316", "help@plakar.io", "https://plakar.io/",
            "https://plakar.io/privacy-policy/", "Google Analytics");

    @ArquillianResource
    private URL url;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SiteClient.builtWar();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "fr | ltr | Mentions légales      | 1 289,86 € | 6 mai 2025",
        "en | ltr | Legal Notice          | €1,289.86  | May 6, 2025",
        "de | ltr | Impressum             | 1.289,86 € | 6. Mai 2025",
        "es | ltr | Aviso legal           | 1.289,86 € | 6 de mayo de 2025",
        "it | ltr | Note legali           | 1.289,86 € | 6 maggio 2025",
        "nl | ltr | Juridische informatie | € 1.289,86 | 6 mei 2025",
        "ar | rtl | إشعار قانوني          | € 1,289.86 | 6 مايو 2025",
    })
    void servesEachLanguage(String tag, String dir, String title, String capital, String date) {
        HttpResponse<String> response = new SiteClient(url).get(PAGES.get(tag));
        assertEquals(200, response.statusCode());
        assertHeader(response, "Content-Language", tag);
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html;charset=UTF-8"));

        Document page = html(response);
        assertEquals(tag, page.selectFirst("html").attr("lang"));
        assertEquals(dir, page.selectFirst("html").attr("dir"));
        assertEquals(title + " · Plakar", page.title());
        assertEquals(title, page.selectFirst("main h1").text());

        String text = normalize(page.selectFirst("main").text());
        FACTS.forEach(fact -> assertTrue(text.contains(fact), tag + " lacks " + fact));
        assertTrue(text.contains(capital), tag + " lacks the share capital " + capital);
        assertNotNull(page.selectFirst("main a[href=mailto:help@plakar.io]"), "contact link");
        assertNotNull(page.selectFirst("main a[href=https://plakar.io/privacy-policy/]"), "privacy-policy link");
        assertNotNull(page.selectFirst("main a[href=https://plakar.io/]"), "website link");

        Element updated = page.selectFirst("time[datetime=2025-05-06]");
        assertNotNull(updated, "the last update in a <time> element");
        assertEquals(date, updated.text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"fr", "en", "de", "es", "it", "nl", "ar"})
    void linksEveryLanguageFromTheSwitcherAndTheHead(String tag) {
        Document page = html(new SiteClient(url).get(PAGES.get(tag)));

        Elements switcher = page.select("nav.switcher a");
        assertEquals(PAGES.size(), switcher.size());
        PAGES.forEach((other, path) -> {
            Element link = page.selectFirst("nav.switcher a[hreflang=" + other + "]");
            assertNotNull(link, tag + " switcher lacks " + other);
            assertEquals(other, link.attr("lang"));
            assertEquals(path + "?switch", link.attr("href"));
            assertEquals(other.equals(tag) ? "page" : "", link.attr("aria-current"), other);
        });
        assertEquals(List.of("Deutsch", "English", "Español", "Français", "Italiano", "Nederlands", "العربية"), switcher.eachText());
        assertEquals(1, page.select("nav.switcher a[aria-current]").size());

        assertEquals(List.of(BASE_URL + PAGES.get(tag)), page.select("link[rel=canonical]").eachAttr("href"));
        PAGES.forEach((other, path) -> assertEquals(List.of(BASE_URL + path),
                page.select("link[rel=alternate][hreflang=" + other + "]").eachAttr("href"), other));
        assertEquals(List.of(BASE_URL + "/"), page.select("link[rel=alternate][hreflang=x-default]").eachAttr("href"));
        assertEquals(PAGES.size() + 1, page.select("link[rel=alternate]").size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en", "de", "es", "it", "nl", "ar"})
    void everyTranslationDefersToTheFrenchOriginal(String tag) {
        Document page = html(new SiteClient(url).get(PAGES.get(tag)));
        Element notice = page.selectFirst("footer .notice-translation");
        assertNotNull(notice, "translation notice");
        assertTrue(notice.text().startsWith(bundle(tag, "notice.translation")), notice.text());
        Element link = notice.selectFirst("a[href=/fr/mentions-legales]");
        assertNotNull(link, "link to the French original");
        assertEquals(bundle(tag, "notice.translation.link"), link.text());
        assertEquals(tag, page.selectFirst("main article").attr("lang"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"fr", "en", "de", "es", "it", "nl", "ar"})
    void listsTheSectionsInATableOfContents(String tag) {
        Document page = html(new SiteClient(url).get(PAGES.get(tag)));
        Elements entries = page.select("nav.toc li a");
        Elements sections = page.select("article > h2[id]");
        assertEquals(10, sections.size());
        assertEquals(sections.eachAttr("id").stream().map(id -> "#" + id).toList(), entries.eachAttr("href"));
        assertEquals(sections.eachText(), entries.eachText());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"fr", "ar"})
    void aPageAndItsStylesheetWeighLessThan20Kilobytes(String tag) {
        SiteClient client = new SiteClient(url);
        HttpResponse<String> response = client.get(PAGES.get(tag));
        String stylesheet = html(response).selectFirst("link[rel=stylesheet]").attr("href");
        assertTrue(stylesheet.contains("v="), "a versioned stylesheet: " + stylesheet);
        HttpResponse<String> css = client.get(stylesheet);
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Cache-Control").orElse("").contains("max-age=31536000"), "cached for a year");
        int bytes = response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length + css.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        assertTrue(bytes < 20 * 1024, tag + ": " + bytes + " bytes");
    }

    @Test
    void theOriginalHasNoTranslationNotice() {
        Document page = html(new SiteClient(url).get(PAGES.get("fr")));
        assertEquals(0, page.select(".notice").size());
    }
}
