package io.plakar.legal.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

/**
 * The operator's settings, each read from a system property or else an environment variable,
 * so that they are set the same way on every server and in containers.
 * <table>
 * <caption>Settings</caption>
 * <tr><th>System property</th><th>Environment variable</th><th>Default</th></tr>
 * <tr><td>{@code legal.base-url}</td><td>{@code LEGAL_BASE_URL}</td><td>{@code http://localhost:8080}</td></tr>
 * <tr><td>{@code legal.default-language}</td><td>{@code LEGAL_DEFAULT_LANGUAGE}</td><td>{@code fr}</td></tr>
 * <tr><td>{@code legal.cache-seconds}</td><td>{@code LEGAL_CACHE_SECONDS}</td><td>{@code 3600}</td></tr>
 * <tr><td>{@code legal.i18n-dir}</td><td>{@code LEGAL_I18N_DIR}</td><td>none: the copy packaged in the WAR</td></tr>
 * <tr><td>{@code legal.status-page}</td><td>{@code LEGAL_STATUS_PAGE}</td><td>{@code off}</td></tr>
 * </table>
 * A setting may also come from a context parameter of the same name (web.xml), which the
 * other two override.
 */
public final class Config {

    public static final String BASE_URL = "legal.base-url";
    /** The language of visitors whose browser accepts none of the site's. */
    public static final String DEFAULT_LANGUAGE = "legal.default-language";
    /** How long browsers and caches may keep a page ({@code Cache-Control: max-age}). */
    public static final String CACHE_SECONDS = "legal.cache-seconds";
    /** Live preview: serve {@code i18n/} from this folder and reload it when a file changes. */
    public static final String I18N_DIR = "legal.i18n-dir";
    /**
     * Whether production serves the translators' status page, {@code /translations} ({@code on}
     * or {@code off}); live preview always serves it. Production's page never shows the legal
     * findings, which are for the editor and counsel.
     */
    public static final String STATUS_PAGE = "legal.status-page";

    private final String baseUrl;
    private final String defaultLanguage;
    private final int cacheSeconds;
    private final Path i18nDir;
    private final boolean statusPage;

    Config(String baseUrl, String defaultLanguage, int cacheSeconds, Path i18nDir, boolean statusPage) {
        this.baseUrl = baseUrl;
        this.defaultLanguage = defaultLanguage;
        this.cacheSeconds = cacheSeconds;
        this.i18nDir = i18nDir;
        this.statusPage = statusPage;
    }

    /** The settings of this JVM, else of the application's context parameters. */
    public static Config fromEnvironment(Function<String, String> contextParameters) {
        return from(name -> {
            String value = System.getProperty(name);
            if (value == null) {
                value = System.getenv(name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
            }
            return value != null ? value : contextParameters.apply(name);
        });
    }

    static Config from(Function<String, String> settings) {
        String baseUrl = settings.apply(BASE_URL);
        String defaultLanguage = settings.apply(DEFAULT_LANGUAGE);
        String cacheSeconds = settings.apply(CACHE_SECONDS);
        String i18nDir = settings.apply(I18N_DIR);
        String statusPage = settings.apply(STATUS_PAGE);
        return new Config(validBaseUrl(baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.strip()),
                defaultLanguage == null || defaultLanguage.isBlank() ? "fr" : defaultLanguage.strip().toLowerCase(Locale.ROOT),
                cacheSeconds == null || cacheSeconds.isBlank() ? 3600 : validSeconds(cacheSeconds.strip()),
                i18nDir == null || i18nDir.isBlank() ? null : validDirectory(i18nDir.strip()),
                statusPage != null && !statusPage.isBlank() && validSwitch(statusPage.strip()));
    }

    private static boolean validSwitch(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new IllegalStateException(STATUS_PAGE + " (or LEGAL_STATUS_PAGE) must be on or off, not '" + value + "'");
        };
    }

    private static int validSeconds(String value) {
        try {
            int seconds = Integer.parseInt(value);
            if (seconds >= 0) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalStateException(CACHE_SECONDS + " (or LEGAL_CACHE_SECONDS) must be a number of seconds, 0 or more, not '" + value + "'");
    }

    private static Path validDirectory(String value) {
        Path path = Path.of(value).toAbsolutePath().normalize();
        if (!Files.isDirectory(path)) {
            throw new IllegalStateException(I18N_DIR + " (or LEGAL_I18N_DIR) must name the i18n folder, but " + path + " is not a folder");
        }
        return path;
    }

    private static String validBaseUrl(String value) {
        try {
            URI uri = new URI(value);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                    || uri.getQuery() != null || uri.getFragment() != null) {
                throw new URISyntaxException(value, "not an absolute http(s) URL without query or fragment");
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException(BASE_URL + " (or LEGAL_BASE_URL) must be an absolute http(s) URL such as https://legal.example.com, not '" + value + "'");
        }
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }

    /**
     * The language of visitors whose browser accepts none of the site's; checked against the
     * languages in {@code i18n/} when the content loads.
     */
    public String defaultLanguage() {
        return defaultLanguage;
    }

    /** The {@code max-age} of pages, in seconds. */
    public int cacheSeconds() {
        return cacheSeconds;
    }

    /** The folder to serve {@code i18n/} from live, or null to serve the copy in the WAR. */
    public Path i18nDir() {
        return i18nDir;
    }

    /**
     * Whether {@code /translations} is served: always in live preview, in production only when the
     * operator turns {@value #STATUS_PAGE} on.
     */
    public boolean servesStatusPage() {
        return statusPage || i18nDir != null;
    }

    /**
     * Whether the status page and the check's report include the legal findings: only in live
     * preview, where the editor works (and in the check, which is not the site).
     */
    public boolean showsLegalFindings() {
        return i18nDir != null;
    }

    /** The site's public address, without a trailing slash; all absolute links start with it. */
    public String baseUrl() {
        return baseUrl;
    }
}
