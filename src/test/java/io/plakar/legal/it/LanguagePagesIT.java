package io.plakar.legal.it;

import static io.plakar.legal.it.SiteClient.BASE_URL;
import static io.plakar.legal.it.SiteClient.assertHeader;
import static io.plakar.legal.it.SiteClient.bundle;
import static io.plakar.legal.it.SiteClient.html;
import static io.plakar.legal.it.SiteClient.normalize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
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
import org.junit.jupiter.params.provider.MethodSource;

import io.plakar.legal.content.PseudoLocale;

/** Each language's page, as a visitor and a search engine get it. */
@ExtendWith(ArquillianExtension.class)
class LanguagePagesIT {

    /** Every language's page path, as i18n/ has them. */
    static final Map<String, String> PAGES = SiteClient.pages();

    @ArquillianResource
    private URL url;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SiteClient.builtWar();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.plakar.legal.it.SiteClient#languages")
    void servesEachLanguage(String tag) {
        HttpResponse<String> response = new SiteClient(url).get(SiteClient.path(tag));
        assertEquals(200, response.statusCode());
        assertHeader(response, "Content-Language", tag);
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html;charset=UTF-8"));

        Document page = html(response);
        String title = SiteClient.frontMatter(tag, "title");
        assertEquals(tag, page.selectFirst("html").attr("lang"));
        assertEquals(bundle(tag, "language.direction"), page.selectFirst("html").attr("dir"));
        assertEquals(title + " · Plakar", page.title());
        assertEquals(title, page.selectFirst("main h1").text());

        String text = normalize(page.selectFirst("main").text());
        List<String> facts = SiteClient.statedFacts(tag);
        assertFalse(facts.isEmpty());
        facts.forEach(fact -> assertTrue(text.contains(fact), tag + " lacks " + fact));
        assertFalse(text.contains("RCS"), tag + ": the register is named once, in words, not again as 'RCS Paris'");
        for (String link : List.of("mailto:" + SiteClient.fact("contact.email"), SiteClient.fact("privacy.url"), SiteClient.fact("website.url"))) {
            if (facts.contains(SiteClient.normalize(link.replace("mailto:", "")))) {
                assertNotNull(page.selectFirst("main a[href=" + link + "]"), tag + ": a link to " + link);
            }
        }

        Element updated = page.selectFirst("time[datetime=" + SiteClient.originalLastmod() + "]");
        assertNotNull(updated, "the original's last update in a <time> element");
    }

    /**
     * Dates and amounts as each language writes them: English in British order (day, month,
     * year), as the rest of the English text is British. The date is the original's lastmod,
     * written with the language's month names in the expected order.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "fr | 1 289,86 € | d MMMM uuuu",
        "en | €1,289.86  | d MMMM uuuu",
        "de | 1.289,86 € | d. MMMM uuuu",
        "es | 1.289,86 € | d 'de' MMMM 'de' uuuu",
        "it | 1.289,86 € | d MMMM uuuu",
        "nl | € 1.289,86 | d MMMM uuuu",
        "ar | € 1,289.86 | d MMMM uuuu",
    })
    void writesDatesAndAmountsAsEachLanguageDoes(String tag, String capital, String datePattern) {
        assumeTrue(SiteClient.languages().contains(tag), tag + " is not shipped");
        Document page = html(new SiteClient(url).get(SiteClient.path(tag)));
        assertTrue(normalize(page.selectFirst("main").text()).contains(capital), tag + " lacks the share capital " + capital);
        LocalDate lastmod = SiteClient.originalLastmod();
        String expected = DateTimeFormatter.ofPattern(datePattern, Locale.forLanguageTag(tag)).format(lastmod);
        assertEquals(expected, page.selectFirst("time[datetime=" + lastmod + "]").text());
    }

    /** In a right-to-left page, every isolated left-to-right run has its direction: numbers have no strong character. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.plakar.legal.it.SiteClient#rightToLeftLanguages")
    void rightToLeftPagesIsolateLeftToRightRunsWithAnExplicitDirection(String tag) {
        Document page = html(new SiteClient(url).get(SiteClient.path(tag)));
        Elements isolates = page.select("article bdi");
        assertFalse(isolates.isEmpty(), "isolated runs");
        isolates.forEach(isolate -> assertEquals("ltr", isolate.attr("dir"), isolate.outerHtml()));
        assertTrue(isolates.eachText().contains(SiteClient.fact("host.phone")), "the phone number is isolated");
        assertTrue(isolates.eachText().contains(SiteClient.fact("company.siren")), "the registration number is isolated");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.plakar.legal.it.SiteClient#languages")
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
        assertEquals(SiteClient.languageNames(), switcher.eachText(), "each language by its own name, in order");
        assertEquals(1, page.select("nav.switcher a[aria-current]").size());

        assertEquals(List.of(BASE_URL + PAGES.get(tag)), page.select("link[rel=canonical]").eachAttr("href"));
        PAGES.forEach((other, path) -> assertEquals(List.of(BASE_URL + path),
                page.select("link[rel=alternate][hreflang=" + other + "]").eachAttr("href"), other));
        assertEquals(List.of(BASE_URL + "/"), page.select("link[rel=alternate][hreflang=x-default]").eachAttr("href"));
        assertEquals(PAGES.size() + 1, page.select("link[rel=alternate]").size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.plakar.legal.it.SiteClient#translations")
    void everyTranslationDefersToTheFrenchOriginal(String tag) {
        Document page = html(new SiteClient(url).get(SiteClient.path(tag)));
        Element notice = page.selectFirst("footer .notice-translation");
        assertNotNull(notice, "translation notice");
        assertTrue(notice.text().startsWith(bundle(tag, "notice.translation")), notice.text());
        Element link = notice.selectFirst("a[href=/fr/mentions-legales]");
        assertNotNull(link, "link to the French original");
        assertEquals(bundle(tag, "notice.translation.link"), link.text());
        assertEquals(tag, page.selectFirst("main article").attr("lang"));

        Element prevails = page.selectFirst("main h1").previousElementSibling();
        assertNotNull(prevails, "a line above the title");
        assertEquals(bundle(tag, "notice.translation.short"), prevails.text(), "the short notice, right above the title");
        assertEquals("note", prevails.attr("role"));
        assertEquals(1, page.select("main .prevails").size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.plakar.legal.it.SiteClient#languages")
    void listsTheSectionsInATableOfContents(String tag) {
        Document page = html(new SiteClient(url).get(PAGES.get(tag)));
        Elements entries = page.select("nav.toc li a");
        Elements sections = page.select("article > h2[id]");
        assertEquals(SiteClient.sections(tag).size(), sections.size());
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
        assertEquals(0, page.select(".prevails").size());
        assertEquals("article", page.selectFirst("main h1").parent().tagName());
        assertNull(page.selectFirst("main h1").previousElementSibling(), "nothing above the original's title");
    }

    /** The pseudo-locales of live preview are not served, linked or negotiated by the production build. */
    @Test
    void theProductionBuildHasNoPseudoLocale() {
        SiteClient client = new SiteClient(url);
        for (PseudoLocale pseudo : PseudoLocale.ALL) {
            String tag = pseudo.tag();
            assertEquals(404, client.get("/" + tag).statusCode(), tag);
            assertEquals(404, client.get("/" + tag + "/" + pseudo.slug(SiteClient.frontMatter("fr", "slug"))).statusCode(), tag);
            String negotiated = client.get("/", "Accept-Language", tag + ", fr;q=0.5").headers().firstValue("Location").orElseThrow();
            assertFalse(negotiated.startsWith("/" + tag + "/"), "Accept-Language: " + tag + " led to " + negotiated);
            Document page = html(client.get(SiteClient.path("fr")));
            assertEquals(List.of(), page.select("[hreflang=" + tag + "], [lang=" + tag + "]").eachAttr("href"), tag);
            assertFalse(client.get("/sitemap.xml").body().contains("/" + tag + "/"), tag + " in the sitemap");
        }
    }
}
