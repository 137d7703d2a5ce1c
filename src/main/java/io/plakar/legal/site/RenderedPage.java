package io.plakar.legal.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;

/**
 * A page rendered once, with everything needed to serve it again without rendering: its bytes,
 * their gzip encoding, a strong {@code ETag} for each (derived from the bytes alone, so the same
 * on every replica and after a restart), and its {@code Last-Modified}.
 */
public record RenderedPage(String language, byte[] body, byte[] gzipped, String etag, String gzipEtag, String lastModified, long lastModifiedMillis) {

    /** RFC 9110's IMF-fixdate: two-digit day, English names, GMT. */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", java.util.Locale.ENGLISH);

    public static RenderedPage of(String language, byte[] body, LocalDate lastmod) {
        String hash = hash(body);
        long millis = (lastmod == null ? LocalDate.EPOCH : lastmod).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        String lastModified = HTTP_DATE.format((lastmod == null ? LocalDate.EPOCH : lastmod).atStartOfDay(ZoneOffset.UTC));
        return new RenderedPage(language, body, gzip(body), "\"" + hash + "\"", "\"" + hash + "-gzip\"", lastModified, millis);
    }

    private static String hash(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3);
        // A fixed header (no file name, no time stamp): the same bytes on every replica.
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    public String toString() {
        return "RenderedPage[" + language + ", " + body.length + " bytes, " + etag + "]";
    }
}
