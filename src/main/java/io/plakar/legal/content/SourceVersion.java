package io.plakar.legal.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The version of the French original a translation was made from: the start of the SHA-256
 * of the original's file, recorded in the translation's front matter as
 * {@value #FIELD}. When the original changes, translations that record an older version are
 * stale. Beside it, {@value #LASTMOD_FIELD} records the original's {@code lastmod} at that
 * version, so that the check can tell when the original changed but its date did not.
 */
public final class SourceVersion {

    /** The front matter field of a translation that records the original's version. */
    public static final String FIELD = "original_version";

    /** The front matter field of a translation that records the original's lastmod at that version. */
    public static final String LASTMOD_FIELD = "original_lastmod";

    private SourceVersion() {
    }

    /**
     * Whether a translation that records the given version of the original (or null) is current
     * with the original at its version; otherwise it is stale.
     */
    public static boolean isCurrent(String recorded, String originalVersion) {
        return recorded != null && recorded.equals(originalVersion);
    }

    /** The version of an original document's text (line endings do not count). */
    public static String of(String originalText) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(originalText.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
