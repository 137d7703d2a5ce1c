package io.plakar.legal.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.plakar.legal.site.RenderedPage;

/** How a rendered page is answered, for every kind of request both writers see. */
class PageResponseTest {

    private static final RenderedPage PAGE = RenderedPage.of("de", "<!DOCTYPE html><p>Impressum</p>".repeat(20)
            .getBytes(StandardCharsets.UTF_8), LocalDate.of(2026, 12, 1));
    private static final String CACHE = PageResponse.cacheControl(3600);

    @ParameterizedTest(name = "{0} Accept-Encoding [{1}] If-None-Match [{2}] If-Modified-Since [{3}] -> {4} {5}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // method | Accept-Encoding     | If-None-Match     | If-Modified-Since                  | status | encoding | body
        "GET  | -                       | -                 | -                                  | 200 | identity | true",
        "HEAD | -                       | -                 | -                                  | 200 | identity | false",
        "GET  | gzip, deflate, br       | -                 | -                                  | 200 | gzip     | true",
        "HEAD | gzip                    | -                 | -                                  | 200 | gzip     | false",
        "GET  | gzip;q=0                | -                 | -                                  | 200 | identity | true",
        "GET  | gzip;q=0.000, br        | -                 | -                                  | 200 | identity | true",
        "GET  | *                       | -                 | -                                  | 200 | gzip     | true",
        "GET  | x-gzip;q=0.5            | -                 | -                                  | 200 | gzip     | true",
        "GET  | -                       | {etag}            | -                                  | 304 | identity | false",
        "GET  | -                       | W/{etag}          | -                                  | 304 | identity | false",
        "GET  | -                       | \"a\", {etag}     | -                                  | 304 | identity | false",
        "GET  | -                       | *                 | -                                  | 304 | identity | false",
        "GET  | -                       | \"stale\"         | -                                  | 200 | identity | true",
        "GET  | gzip                    | {etag}            | -                                  | 200 | gzip     | true",
        "GET  | gzip                    | {gzip-etag}       | -                                  | 304 | gzip     | false",
        "HEAD | -                       | {etag}            | -                                  | 304 | identity | false",
        "GET  | -                       | -                 | Tue, 01 Dec 2026 00:00:00 GMT      | 304 | identity | false",
        "GET  | -                       | -                 | Wed, 02 Dec 2026 10:00:00 GMT      | 304 | identity | false",
        "GET  | -                       | -                 | Mon, 30 Nov 2026 23:59:59 GMT      | 200 | identity | true",
        "GET  | -                       | -                 | Tuesday, 01-Dec-26 00:00:00 GMT    | 304 | identity | false",
        "GET  | -                       | -                 | Tue Dec  1 00:00:00 2026           | 304 | identity | false",
        "GET  | -                       | -                 | yesterday                          | 200 | identity | true",
        "GET  | -                       | \"stale\"         | Wed, 02 Dec 2026 10:00:00 GMT      | 200 | identity | true"})
    void answers(String method, String acceptEncoding, String ifNoneMatch, String ifModifiedSince, int status, String encoding, boolean body) {
        String tags = ifNoneMatch == null ? null : ifNoneMatch.replace("{etag}", PAGE.etag()).replace("{gzip-etag}", PAGE.gzipEtag());
        PageResponse.Answer answer = PageResponse.answer(new PageResponse.Request(method, acceptEncoding, tags, ifModifiedSince), PAGE, CACHE);

        assertEquals(status, answer.status());
        Map<String, String> headers = headers(answer);
        boolean gzip = encoding.equals("gzip");
        assertEquals(gzip ? PAGE.gzipEtag() : PAGE.etag(), headers.get("ETag"));
        assertEquals(CACHE, headers.get("Cache-Control"));
        assertEquals("Tue, 01 Dec 2026 00:00:00 GMT", headers.get("Last-Modified"));
        assertEquals("Accept-Encoding", headers.get("Vary"));
        assertEquals("de", headers.get("Content-Language"));
        if (status == 304) {
            assertNull(headers.get("Content-Type"));
            assertNull(headers.get("Content-Length"), "a 304 describes no content");
        } else {
            byte[] bytes = gzip ? PAGE.gzipped() : PAGE.body();
            assertEquals("text/html;charset=UTF-8", headers.get("Content-Type"));
            assertEquals(gzip ? "gzip" : null, headers.get("Content-Encoding"));
            assertEquals(String.valueOf(bytes.length), headers.get("Content-Length"), "HEAD says the length GET would send");
        }
        if (body) {
            assertArrayEquals(gzip ? PAGE.gzipped() : PAGE.body(), answer.body());
        } else {
            assertNull(answer.body());
        }
    }

    @Test
    void readsTheThreeFormsOfAnHttpDateAndNothingElse() {
        long expected = 784111777000L; // Sun, 06 Nov 1994 08:49:37 GMT, RFC 9110's example
        assertEquals(expected, PageResponse.httpDate("Sun, 06 Nov 1994 08:49:37 GMT"));
        assertEquals(expected, PageResponse.httpDate("Sunday, 06-Nov-94 08:49:37 GMT"));
        assertEquals(expected, PageResponse.httpDate("Sun Nov  6 08:49:37 1994"));
        assertEquals(-1, PageResponse.httpDate("06/11/1994"));
        assertEquals(-1, PageResponse.httpDate(null));
        assertEquals(-1, PageResponse.httpDate("Sun, 06 Nov 1994 08:49:37 GMT" + " ".repeat(100)));
    }

    private static Map<String, String> headers(PageResponse.Answer answer) {
        Map<String, String> headers = new LinkedHashMap<>();
        answer.headers().forEach(header -> assertNull(headers.put(header.getKey(), header.getValue()), "one " + header.getKey()));
        return headers;
    }
}
