package io.plakar.legal.web;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sends a {@link RenderedPage} as HTTP wants it: publicly cacheable with a strong
 * {@code ETag} and {@code Last-Modified}; 304 without a body when the client's copy is
 * current; gzip-encoded when the client accepts it (each encoding with its own {@code ETag});
 * and for HEAD, the same headers without the body.
 */
final class PageResponse {

    /** A q-value of zero: {@code q=0}, {@code q=0.}, up to {@code q=0.000}. */
    private static final Pattern ZERO_WEIGHT = Pattern.compile("[qQ]\\s*=\\s*0(\\.0{0,3})?");

    private PageResponse() {
    }

    static void send(HttpServletRequest request, HttpServletResponse response, RenderedPage page, int cacheSeconds) throws IOException {
        boolean gzip = acceptsGzip(request.getHeader("Accept-Encoding"));
        String etag = gzip ? page.gzipEtag() : page.etag();
        response.setHeader("Cache-Control", cacheControl(cacheSeconds));
        response.setHeader("ETag", etag);
        response.setHeader("Last-Modified", page.lastModified());
        response.setHeader("Vary", "Accept-Encoding");
        response.setHeader("Content-Language", page.language());
        if (notModified(request, etag, page.lastModifiedMillis())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] body = gzip ? page.gzipped() : page.body();
        response.setContentType("text/html;charset=UTF-8");
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    static String cacheControl(int cacheSeconds) {
        return "public, max-age=" + cacheSeconds;
    }

    /** RFC 9110 13.1.2 and 13.1.3: If-None-Match, with weak comparison, else If-Modified-Since. */
    static boolean notModified(HttpServletRequest request, String etag, long lastModified) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            return matches(ifNoneMatch, etag);
        }
        try {
            long since = request.getDateHeader("If-Modified-Since");
            return since >= 0 && lastModified <= since;
        } catch (IllegalArgumentException e) {
            return false; // not a date: ignored, as RFC 9110 says
        }
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
                return parts.length < 2 || !isZero(parts[1].strip());
            }
        }
        return false;
    }

    private static boolean isZero(String weight) {
        return ZERO_WEIGHT.matcher(weight).matches();
    }
}
