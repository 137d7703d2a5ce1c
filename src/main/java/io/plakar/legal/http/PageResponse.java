package io.plakar.legal.http;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.plakar.legal.site.RenderedPage;
import io.plakar.legal.undertow.UndertowFastPath;

/**
 * How a {@link RenderedPage} is answered, decided once for both writers (the router on every
 * server, {@link UndertowFastPath} on WildFly): publicly cacheable with a strong {@code ETag} and
 * {@code Last-Modified}; 304 without a body when the client's copy is current; gzip-encoded when
 * the client accepts it (each encoding with its own {@code ETag}); and for HEAD, the same headers
 * without the body. A pure function of the request's facts: the writers only copy the answer.
 */
public final class PageResponse {

    /** The facts of a request that the answer depends on (header values as received, or null). */
    public record Request(String method, String acceptEncoding, String ifNoneMatch, String ifModifiedSince) {
    }

    /** The answer: its status, its headers in the order they are sent, and its body, or null for none. */
    public record Answer(int status, List<Map.Entry<String, String>> headers, byte[] body) {
    }

    static final String CONTENT_TYPE = "text/html;charset=UTF-8";
    /** A q-value of zero: {@code q=0}, {@code q=0.}, up to {@code q=0.000}. */
    private static final Pattern ZERO_WEIGHT = Pattern.compile("[qQ]\\s*=\\s*0(\\.0{0,3})?");
    /**
     * RFC 9110 5.6.7: IMF-fixdate, and the obsolete RFC 850 and asctime forms a recipient must
     * accept. RFC 850's two-digit year is the one at most 50 years ahead.
     */
    private static final List<DateTimeFormatter> HTTP_DATES = List.of(DateTimeFormatter.RFC_1123_DATE_TIME,
            new DateTimeFormatterBuilder().appendPattern("EEEE, dd-MMM-")
                    .appendValueReduced(ChronoField.YEAR, 2, 2, LocalDate.now(ZoneOffset.UTC).minusYears(49))
                    .appendPattern(" HH:mm:ss zzz").toFormatter(Locale.ENGLISH),
            DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC));

    private PageResponse() {
    }

    public static Answer answer(Request request, RenderedPage page, String cacheControl) {
        boolean gzip = acceptsGzip(request.acceptEncoding());
        String etag = gzip ? page.gzipEtag() : page.etag();
        List<Map.Entry<String, String>> headers = new ArrayList<>(8);
        headers.add(Map.entry("Cache-Control", cacheControl));
        headers.add(Map.entry("ETag", etag));
        headers.add(Map.entry("Last-Modified", page.lastModified()));
        headers.add(Map.entry("Vary", "Accept-Encoding"));
        headers.add(Map.entry("Content-Language", page.language()));
        if (notModified(request, etag, page.lastModifiedMillis())) {
            return new Answer(304, headers, null);
        }
        byte[] body = gzip ? page.gzipped() : page.body();
        headers.add(Map.entry("Content-Type", CONTENT_TYPE));
        if (gzip) {
            headers.add(Map.entry("Content-Encoding", "gzip"));
        }
        headers.add(Map.entry("Content-Length", Integer.toString(body.length)));
        return new Answer(200, headers, "HEAD".equals(request.method()) ? null : body);
    }

    static String cacheControl(int cacheSeconds) {
        return "public, max-age=" + cacheSeconds;
    }

    /** RFC 9110 13.1.2 and 13.1.3: If-None-Match, with weak comparison, else If-Modified-Since. */
    static boolean notModified(Request request, String etag, long lastModified) {
        if (request.ifNoneMatch() != null) {
            return matches(request.ifNoneMatch(), etag);
        }
        long since = httpDate(request.ifModifiedSince());
        return since >= 0 && lastModified <= since;
    }

    /** The milliseconds of an HTTP-date, or -1 for none or anything else (ignored, as RFC 9110 says). */
    static long httpDate(String value) {
        if (value == null || value.length() > 64) {
            return -1;
        }
        for (DateTimeFormatter format : HTTP_DATES) {
            try {
                return ZonedDateTime.parse(value.strip(), format).toInstant().toEpochMilli();
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return -1;
    }

    /** Whether an If-None-Match header matches the entity tag (weak comparison, RFC 9110 13.1.2). */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch.equals(etag)) {
            return true; // the usual case: the one tag the client holds, no list to split
        }
        for (String tag : ifNoneMatch.split(",")) {
            String candidate = tag.strip();
            if (candidate.startsWith("W/")) {
                candidate = candidate.substring(2);
            }
            if (candidate.equals("*") || candidate.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /** Whether Accept-Encoding admits gzip: listed (or *) with a q-value above 0. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null || acceptEncoding.length() > 256) {
            return false;
        }
        for (String element : acceptEncoding.split(",")) {
            String[] parts = element.split(";");
            String coding = parts[0].strip().toLowerCase(Locale.ROOT);
            if (coding.equals("gzip") || coding.equals("x-gzip") || coding.equals("*")) {
                return parts.length < 2 || !ZERO_WEIGHT.matcher(parts[1].strip()).matches();
            }
        }
        return false;
    }
}
