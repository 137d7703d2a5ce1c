package io.plakar.legal.content;

import java.util.regex.Pattern;

/**
 * Where things are in {@code i18n/}, the one place that knows it: the facts file, one bundle
 * of interface strings per language ({@code messages/<tag>.properties}) and one document per
 * language ({@code content/legal-notice.<tag>.md}), the tag being a lower-case language tag,
 * copies of the original at the versions translations record
 * ({@code originals/legal-notice.fr.<version>.md}), and every published version of the original
 * ({@code history/legal-notice.fr.<version>.md}). Paths are relative to {@code i18n/}, as
 * {@link I18nSource} takes them.
 */
public final class I18nLayout {

    /** The language of the legally binding original. */
    public static final String ORIGINAL = "fr";

    public static final String FACTS = "facts.properties";
    public static final String MESSAGES = "messages";
    public static final String CONTENT = "content";
    public static final String DOCUMENT = "legal-notice";
    /**
     * Copies of the original's file at the versions that translations record, kept by
     * {@code mark-current}, so that the check can tell which sections changed since: git history
     * is not available where the report is shown (the WAR, an image, a shallow clone).
     */
    public static final String ORIGINALS = "originals";
    /**
     * Every version of the original ever published, the current one included, kept by
     * {@code record-version} and never deleted: the site's history of the binding text, which
     * must travel with the files (a WAR, an image, a shallow clone has no git history).
     */
    public static final String HISTORY = "history";

    private static final String BUNDLE_SUFFIX = ".properties";
    private static final String DOCUMENT_PREFIX = DOCUMENT + ".";
    private static final String DOCUMENT_SUFFIX = ".md";

    /** A {@link SourceVersion}: the first 12 hex digits of a SHA-256. */
    private static final Pattern VERSION = Pattern.compile("[0-9a-f]{12}");

    /** File names are language tags: {@code de}, {@code pt-br}. */
    private static final Pattern TAG = Pattern.compile("[a-z]{2,3}(?:-[a-z0-9]{2,8})*");

    private I18nLayout() {
    }

    /** Whether a name is a language tag as the site accepts it. */
    public static boolean isTag(String name) {
        return name != null && TAG.matcher(name).matches();
    }

    /**
     * Whether a name is the tag of a translation: a language tag, not the original's, and not a
     * pseudo-language of the live preview (which has no files).
     */
    public static boolean isTranslation(String name) {
        return isTag(name) && !name.equals(ORIGINAL) && !PseudoLocale.reserves(name);
    }

    /** The path of a language's bundle, such as {@code messages/de.properties}. */
    public static String bundle(String tag) {
        return MESSAGES + "/" + tag + BUNDLE_SUFFIX;
    }

    /** The path of a language's document, such as {@code content/legal-notice.de.md}. */
    public static String document(String tag) {
        return CONTENT + "/" + DOCUMENT_PREFIX + tag + DOCUMENT_SUFFIX;
    }

    /** The path of the copy of the original at a version, such as {@code originals/legal-notice.fr.e6e2351df25d.md}. */
    public static String originalCopy(String version) {
        return ORIGINALS + "/" + DOCUMENT_PREFIX + ORIGINAL + "." + version + DOCUMENT_SUFFIX;
    }

    /** The path of the published version of the original, such as {@code history/legal-notice.fr.e6e2351df25d.md}. */
    public static String historyCopy(String version) {
        return HISTORY + "/" + DOCUMENT_PREFIX + ORIGINAL + "." + version + DOCUMENT_SUFFIX;
    }

    /** Whether a string is a {@link SourceVersion} as files name it. */
    public static boolean isVersion(String text) {
        return text != null && VERSION.matcher(text).matches();
    }

    /** The version of a file of {@code originals/} or {@code history/}, or null when it is not named like a copy of the original. */
    static String copyVersion(String name) {
        String prefix = DOCUMENT_PREFIX + ORIGINAL + ".";
        if (!name.startsWith(prefix) || !name.endsWith(DOCUMENT_SUFFIX)) {
            return null;
        }
        String version = name.substring(prefix.length(), name.length() - DOCUMENT_SUFFIX.length());
        return VERSION.matcher(version).matches() ? version : null;
    }

    /** How a copy's name must look, for messages. */
    static String copyPattern() {
        return DOCUMENT_PREFIX + ORIGINAL + ".<version>" + DOCUMENT_SUFFIX;
    }

    /** The would-be tag of a file of {@code messages/} ({@code de} for {@code de.properties}), or null for another kind of file. */
    static String bundleTag(String name) {
        return name.endsWith(BUNDLE_SUFFIX) ? name.substring(0, name.length() - BUNDLE_SUFFIX.length()) : null;
    }

    /** The would-be tag of a file of {@code content/}, or null when it is not named like a document. */
    static String documentTag(String name) {
        return name.startsWith(DOCUMENT_PREFIX) && name.endsWith(DOCUMENT_SUFFIX) && name.length() > DOCUMENT_PREFIX.length() + DOCUMENT_SUFFIX.length()
                ? name.substring(DOCUMENT_PREFIX.length(), name.length() - DOCUMENT_SUFFIX.length()) : null;
    }

    /** How a document's name must look, for messages. */
    static String documentPattern() {
        return DOCUMENT_PREFIX + "<language>" + DOCUMENT_SUFFIX;
    }
}
