package io.plakar.legal.it;

import static io.plakar.legal.it.SiteClient.BASE_URL;
import static io.plakar.legal.it.SiteClient.assertHeader;
import static io.plakar.legal.it.SiteClient.bundle;
import static io.plakar.legal.it.SiteClient.html;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpResponse;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The redirects, the language cookie, the 404 page, the sitemap and robots.txt. */
@ExtendWith(ArquillianExtension.class)
class RoutingIT {

    @ArquillianResource
    private URL url;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SiteClient.builtWar();
    }

    @ParameterizedTest(name = "Cookie \"{0}\", Accept-Language \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', value = {
        "''              | ''                     | /fr/mentions-legales",
        "''              | de                     | /de/impressum",
        "''              | en-GB,en;q=0.9         | /en/legal-notice",
        "''              | en-US                  | /en/legal-notice",
        "''              | ar-MA, fr;q=0.5        | /ar/ishaar-qanuni",
        "''              | ja                     | /fr/mentions-legales",
        "''              | ja, nl;q=0.2           | /nl/juridische-informatie",
        "''              | de;q=0, es             | /es/aviso-legal",
        "''              | *                      | /fr/mentions-legales",
        "''              | fr;q=0, *              | /de/impressum",
        "''              | en;                    | /fr/mentions-legales",
        "''              | fr;q=abc, de           | /fr/mentions-legales",
        "lang=it         | de                     | /it/note-legali",
        "lang=ar         | ''                     | /ar/ishaar-qanuni",
        "lang=xx         | es                     | /es/aviso-legal",
        "lang=../../etc  | ''                     | /fr/mentions-legales",
        "other=1; lang=nl | en                    | /nl/juridische-informatie",
    })
    void rootRedirectsToTheBestLanguage(String cookie, String acceptLanguage, String location) {
        HttpResponse<String> response = getRoot(cookie, acceptLanguage);
        assertEquals(302, response.statusCode());
        assertHeader(response, "Location", location);
        String vary = response.headers().firstValue("Vary").orElse("");
        assertTrue(vary.contains("Accept-Language") && vary.contains("Cookie"), "Vary: " + vary);
        String cacheControl = response.headers().firstValue("Cache-Control").orElse("");
        assertTrue(cacheControl.contains("private") && !cacheControl.contains("public"), "Cache-Control: " + cacheControl);
    }

    @Test
    void ignoresAHugeAcceptLanguageHeader() {
        HttpResponse<String> response = getRoot("", "de;q=0.5, ".repeat(1000));
        assertEquals(302, response.statusCode());
        assertHeader(response, "Location", "/fr/mentions-legales");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "/de, /de/impressum",
        "/de/, /de/impressum",
        "/de/wrong-slug, /de/impressum",
        "/de/mentions-legales, /de/impressum",
        "/DE/impressum, /de/impressum",
        "/fr/mentions-legales/, /fr/mentions-legales",
        "/ar, /ar/ishaar-qanuni",
        "/fr/mentions-legales.xhtml, /fr/mentions-legales",
    })
    void redirectsPermanentlyToTheLanguagesPage(String path, String location) {
        HttpResponse<String> response = new SiteClient(url).get(path);
        assertEquals(301, response.statusCode());
        assertHeader(response, "Location", location);
    }

    @Test
    void theSwitcherRemembersTheChoiceInACookie() {
        SiteClient client = new SiteClient(url);
        HttpResponse<String> response = client.get("/nl/juridische-informatie?switch");
        assertEquals(302, response.statusCode());
        assertHeader(response, "Location", "/nl/juridische-informatie");
        assertHeader(response, "Cache-Control", "no-store");
        List<String> cookies = response.headers().allValues("Set-Cookie");
        assertEquals(List.of("lang=nl; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly"), cookies, "plain HTTP: no Secure");

        HttpResponse<String> root = getRoot("lang=nl", "de");
        assertHeader(root, "Location", "/nl/juridische-informatie");
    }

    /**
     * One rule says whether a request came over HTTPS: behind a proxy that says so, the cookie is
     * Secure and HSTS is sent; without it, neither (whatever the configured base URL).
     */
    @ParameterizedTest(name = "X-Forwarded-Proto: {0}")
    @CsvSource({"https, true", "http, false", "'', false"})
    void theCookieIsSecureAndHstsSentExactlyWhenTheProxySaysHttps(String proto, boolean https) {
        String[] headers = proto.isEmpty() ? new String[0] : new String[] {"X-Forwarded-Proto: " + proto};
        RawHttp.Response response = RawHttp.send(url, "GET", "/it/note-legali?switch", headers);
        assertEquals(302, response.status());
        assertEquals(https, response.header("Set-Cookie").endsWith("; Secure"), response.head());
        assertEquals(https, response.header("Strict-Transport-Security") != null, response.head());
    }

    /**
     * The switch is a query parameter; a GET's form body is not a query, before or after the page
     * is cached: the site takes no body at all, and refuses the request.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"/en/legal-notice", "/en/legal-notice?via=servlet"})
    void aFormBodyDoesNotSwitch(String target) {
        for (int attempt = 0; attempt < 2; attempt++) {
            RawHttp.Response response = RawHttp.send(url, ("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 6\r\nConnection: close\r\n\r\nswitch")
                    .getBytes(StandardCharsets.US_ASCII));
            assertEquals(400, response.status());
            assertEquals(List.of(), response.headers("Set-Cookie"));
        }
        assertEquals(302, RawHttp.send(url, "GET", "/en/legal-notice?a=1&sw%69tch").status(), "an encoded name is still the switch");
    }

    @Test
    void aMereVisitSetsNoCookie() {
        HttpResponse<String> response = new SiteClient(url).get("/de/impressum");
        assertEquals(List.of(), response.headers().allValues("Set-Cookie"));
        assertEquals(List.of(), getRoot("", "de").headers().allValues("Set-Cookie"));
    }

    @ParameterizedTest(name = "{0} with Accept-Language {1} -> {2}")
    @CsvSource({
        "/nope, it, it",
        "/nope, '', fr",
        "/xx/yy, nl, nl",
        "/de/impressum/extra, en, de",
        "/mentions-legales.xhtml, es, es",
        "/WEB-INF/views/legal-notice.xhtml, de, de",
        "/translations, en, en", // production serves the status page only when legal.status-page is on
    })
    void unknownPathsGetA404PageInTheBestLanguage(String path, String acceptLanguage, String tag) {
        HttpResponse<String> response = new SiteClient(url).get(path, "Accept-Language", acceptLanguage.isEmpty() ? "*" : acceptLanguage);
        assertEquals(404, response.statusCode());
        if (path.startsWith("/WEB-INF/")) {
            return; // the container refuses these before the application sees them
        }
        assertHeader(response, "Content-Language", tag);
        assertHeader(response, "Cache-Control", "no-store");
        Document page = html(response);
        assertEquals(tag, page.selectFirst("html").attr("lang"));
        assertEquals(bundle(tag, "error.404.title"), page.selectFirst("main h1").text());
        assertEquals(SiteClient.languages().size(), page.select("nav.switcher a").size());
        assertEquals(0, page.select("[aria-current]").size(), "each link leads to the legal notice, not to this page");
        assertEquals(page.selectFirst("main a").attr("href") + "?switch", page.selectFirst("nav.switcher a[hreflang=" + tag + "]").attr("href"));
        assertEquals(1, page.select("meta[name=robots][content=noindex]").size());
        assertEquals(List.of(), page.select("time, .updated").eachText(), "the notice's date is not the error page's");
        assertFalse(page.text().contains(SiteClient.stem(bundle(tag, "updated"))), "no 'last updated' on an error page");
    }

    @Test
    void theSitemapListsEveryPageWithItsAlternates() {
        HttpResponse<String> response = new SiteClient(url).get("/sitemap.xml");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/xml"));
        Document sitemap = org.jsoup.Jsoup.parse(response.body(), "", org.jsoup.parser.Parser.xmlParser());
        List<String> locations = sitemap.select("url > loc").eachText();
        List<String> pages = LanguagePagesIT.PAGES.values().stream().map(path -> BASE_URL + path).toList();
        List<String> histories = SiteClient.languages().stream().map(tag -> BASE_URL + SiteClient.historyPath(tag)).toList();
        assertEquals(java.util.stream.Stream.concat(pages.stream(), histories.stream()).sorted().toList(), locations.stream().sorted().toList(),
                "every language's page and history; never an earlier version (not in force)");
        int alternates = SiteClient.languages().size() + 1; // and x-default
        sitemap.select("url").forEach(entry -> {
            assertEquals(alternates, entry.select("xhtml|link").size(), entry.toString());
            String loc = entry.selectFirst("loc").text();
            List<String> same = entry.select("xhtml|link").eachAttr("href").stream().filter(href -> !href.equals(BASE_URL + "/")).sorted().toList();
            assertEquals((histories.contains(loc) ? histories : pages).stream().sorted().toList(), same,
                    "a page's alternates are the same page in each language");
        });
    }

    @Test
    void robotsPointsAtTheSitemap() {
        HttpResponse<String> response = new SiteClient(url).get("/robots.txt");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("Sitemap: " + BASE_URL + "/sitemap.xml"), response.body());
        assertFalse(response.body().contains("Disallow: /\n"));
    }

    private HttpResponse<String> getRoot(String cookie, String acceptLanguage) {
        List<String> headers = new java.util.ArrayList<>();
        if (!cookie.isEmpty()) {
            headers.addAll(List.of("Cookie", cookie));
        }
        if (!acceptLanguage.isEmpty()) {
            headers.addAll(List.of("Accept-Language", acceptLanguage));
        }
        return new SiteClient(url).get("/", headers.toArray(String[]::new));
    }
}
