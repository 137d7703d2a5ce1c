package io.plakar.legal.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What caches and proxies see: validators, conditional requests, HEAD, compression, headers. */
@ExtendWith(ArquillianExtension.class)
class HttpCachingIT {

    private static final List<String> SECURITY_HEADERS = List.of("Content-Security-Policy", "X-Content-Type-Options",
            "Referrer-Policy", "Permissions-Policy", "Cross-Origin-Opener-Policy", "Cross-Origin-Resource-Policy", "X-Frame-Options");
    private static final Set<String> CACHING_HEADERS = Set.of("ETag", "Cache-Control", "Last-Modified", "Vary", "Content-Language");

    @ArquillianResource
    private URL url;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SiteClient.builtWar();
    }

    @Test
    void pagesArePubliclyCacheableWithAStrongEtagDerivedFromTheContent() {
        RawHttp.Response first = RawHttp.send(url, "GET", "/de/impressum");
        RawHttp.Response second = RawHttp.send(url, "GET", "/de/impressum");
        assertEquals(200, first.status());
        assertEquals("public, max-age=3600", first.header("Cache-Control"));
        assertEquals(httpDate(SiteClient.originalLastmod()), first.header("Last-Modified"), "the original's lastmod");
        String etag = first.header("ETag");
        assertTrue(etag.matches("\"[A-Za-z0-9_-]{20,}\""), "strong and opaque: " + etag);
        assertEquals(etag, second.header("ETag"));
        assertEquals(first.body(), second.body());
        assertNotEquals(etag, RawHttp.send(url, "GET", "/en/legal-notice").header("ETag"), "another language, another tag");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/fr/mentions-legales", "/ar/ishaar-qanuni"})
    void ifNoneMatchGets304WithTheSameCachingHeadersAndNoBody(String path) {
        RawHttp.Response page = RawHttp.send(url, "GET", path);
        for (String condition : List.of(page.header("ETag"), "\"other\", " + page.header("ETag"), "W/" + page.header("ETag"), "*")) {
            RawHttp.Response notModified = RawHttp.send(url, "GET", path, "If-None-Match: " + condition);
            assertEquals(304, notModified.status(), condition);
            assertEquals("", notModified.body());
            CACHING_HEADERS.forEach(name -> assertEquals(page.header(name), notModified.header(name), name));
        }
        assertEquals(200, RawHttp.send(url, "GET", path, "If-None-Match: \"stale\"").status());
    }

    @Test
    void ifModifiedSinceGets304WhenTheDocumentIsNotNewer() {
        LocalDate lastmod = SiteClient.originalLastmod();
        assertEquals(304, RawHttp.send(url, "GET", "/it/note-legali", "If-Modified-Since: " + httpDate(lastmod)).status());
        assertEquals(200, RawHttp.send(url, "GET", "/it/note-legali", "If-Modified-Since: " + httpDate(lastmod.minusDays(1))).status());
        assertEquals(200, RawHttp.send(url, "GET", "/it/note-legali", "If-Modified-Since: not a date").status());
    }

    @Test
    void headAnswersLikeGetWithoutABody() {
        RawHttp.Response get = RawHttp.send(url, "GET", "/nl/juridische-informatie");
        RawHttp.Response head = RawHttp.send(url, "HEAD", "/nl/juridische-informatie");
        assertEquals(200, head.status());
        assertEquals("", head.body());
        for (String name : List.of("ETag", "Cache-Control", "Last-Modified", "Content-Type", "Content-Length", "Content-Language")) {
            assertEquals(get.header(name), head.header(name), name);
        }
        assertEquals(302, RawHttp.send(url, "HEAD", "/").status());
        assertEquals(404, RawHttp.send(url, "HEAD", "/nope").status());
    }

    @Test
    void compressesWhenTheClientAcceptsIt() throws IOException {
        RawHttp.Response plain = RawHttp.send(url, "GET", "/es/aviso-legal");
        RawHttp.Response gzip = RawHttp.send(url, "GET", "/es/aviso-legal", "Accept-Encoding: gzip, deflate, br");
        assertEquals("gzip", gzip.header("Content-Encoding"));
        assertTrue(gzip.header("Vary").contains("Accept-Encoding"));
        assertNotEquals(plain.header("ETag"), gzip.header("ETag"), "each encoding has its own strong tag");
        byte[] unzipped = new GZIPInputStream(new ByteArrayInputStream(gzip.body().getBytes(StandardCharsets.ISO_8859_1))).readAllBytes();
        assertArrayEquals(plain.body().getBytes(StandardCharsets.ISO_8859_1), unzipped);
        assertTrue(gzip.body().length() < plain.body().length() / 2);
        assertEquals(null, RawHttp.send(url, "GET", "/es/aviso-legal", "Accept-Encoding: gzip;q=0, identity").header("Content-Encoding"));
        assertEquals(304, RawHttp.send(url, "GET", "/es/aviso-legal", "Accept-Encoding: gzip", "If-None-Match: " + gzip.header("ETag")).status());
    }

    @Test
    void negotiatedRedirectsVaryAndAreNotPubliclyCacheable() {
        RawHttp.Response redirect = RawHttp.send(url, "GET", "/", "Accept-Language: de");
        assertEquals("Accept-Language, Cookie", redirect.header("Vary"));
        assertTrue(redirect.header("Cache-Control").contains("private"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/nope, 404", "/de/impressum/x, 404", "/WEB-INF/web.xml, 404"})
    void errorsAreNotStored(String path, int status) {
        RawHttp.Response error = RawHttp.send(url, "GET", path);
        assertEquals(status, error.status());
        if (!path.startsWith("/WEB-INF")) {
            assertEquals("no-store", error.header("Cache-Control"));
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"GET, /fr/mentions-legales", "HEAD, /fr/mentions-legales", "GET, /", "GET, /fr", "GET, /nope", "DELETE, /",
            "GET, /sitemap.xml", "GET, /robots.txt", "GET, /health", "GET, /WEB-INF/web.xml", "GET, /jakarta.faces.resource/site/site.css.xhtml",
            "GET, /fr/mentions-legales?switch"})
    void everyResponseCarriesTheSecurityHeaders(String method, String path) {
        RawHttp.Response response = RawHttp.send(url, method, path);
        SECURITY_HEADERS.forEach(name -> assertNotNull(response.header(name), name + " on " + method + " " + path));
        assertEquals(SecurityHeadersPolicy.CSP, response.header("Content-Security-Policy"));
        assertTrue(response.header("Server") == null || !response.header("Server").matches(".*\\d.*"));
        assertEquals(null, response.header("X-Powered-By"));
        assertEquals(null, response.header("Strict-Transport-Security"), "no HSTS over plain HTTP");
    }

    /**
     * On WildFly, a page already served (a language page, or its history page) is sent again by
     * Undertow's fast path (UndertowFastPath);
     * with a query string the same page takes the servlet pipeline (router, PageResponse). Both
     * answers must be the same, header for header, byte for byte: status, headers but Date, body.
     */
    @ParameterizedTest(name = "{0} {2}")
    @CsvSource(delimiter = '|', value = {
        "GET  | /fr/mentions-legales     |",
        "HEAD | /fr/mentions-legales     |",
        "get  | /fr/mentions-legales     |",
        "head | /fr/mentions-legales     |",
        "GET  | /ar/ishaar-qanuni        | Accept-Encoding: gzip, deflate, br",
        "HEAD | /ar/ishaar-qanuni        | Accept-Encoding: gzip",
        "GET  | /de/impressum            | Accept-Encoding: gzip;q=0",
        "GET  | /de/impressum            | If-None-Match: {etag}",
        "GET  | /de/impressum            | If-None-Match: W/{etag}",
        "GET  | /de/impressum            | If-None-Match: \"stale\"",
        "GET  | /nl/juridische-informatie | Accept-Encoding: gzip@If-None-Match: {gzip-etag}",
        "HEAD | /nl/juridische-informatie | If-None-Match: {etag}",
        "GET  | /it/note-legali          | X-Forwarded-Proto: https",
        "GET  | /it/note-legali          | If-Modified-Since: {last-modified}",
        "GET  | /fr/mentions-legales/historique | ",
        "GET  | /ar/ishaar-qanuni/al-nusakh     | Accept-Encoding: gzip",
        "GET  | /de/impressum/versionen         | If-None-Match: {etag}"})
    void aPageServedAgainIsAnsweredExactlyAsTheServletPipelineAnswersIt(String method, String path, String headers) {
        RawHttp.Response first = RawHttp.send(url, "GET", path); // rendered and published, if it was not yet
        String gzipEtag = RawHttp.send(url, "GET", path, "Accept-Encoding: gzip").header("ETag");
        String[] lines = headers == null ? new String[0]
                : headers.replace("{etag}", first.header("ETag")).replace("{gzip-etag}", gzipEtag)
                        .replace("{last-modified}", first.header("Last-Modified")).split("@");
        RawHttp.Response again = RawHttp.send(url, method, path, lines);
        RawHttp.Response servlet = RawHttp.send(url, method, path + "?via=servlet", lines);
        assertEquals(servlet.status(), again.status());
        assertEquals(comparable(servlet), comparable(again));
        assertEquals(servlet.body(), again.body());
    }

    /** The header lines, names lower-cased, sorted, without Date (the two answers are a moment apart). */
    private static List<String> comparable(RawHttp.Response response) {
        return response.headers().stream().filter(header -> !header[0].equalsIgnoreCase("Date"))
                .map(header -> header[0].toLowerCase(java.util.Locale.ROOT) + ": " + header[1]).sorted().toList();
    }

    @Test
    void hstsWhenServedOverHttpsBehindAProxy() {
        RawHttp.Response response = RawHttp.send(url, "GET", "/fr/mentions-legales", "X-Forwarded-Proto: https");
        assertEquals("max-age=63072000; includeSubDomains", response.header("Strict-Transport-Security"));
    }

    /** The policy the pages are written for: no script, no inline style, nothing from elsewhere. */
    static final class SecurityHeadersPolicy {
        static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";
    }

    /** A day as HTTP dates write it, at midnight GMT. */
    private static String httpDate(LocalDate day) {
        return DateTimeFormatter.ofPattern("EEE, dd MMM uuuu HH:mm:ss 'GMT'", Locale.US).format(day.atStartOfDay(ZoneOffset.UTC));
    }
}
