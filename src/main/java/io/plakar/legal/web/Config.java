package io.plakar.legal.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.function.Function;

/**
 * The operator's settings, each read from a system property or else an environment variable,
 * so that they are set the same way on every server and in containers.
 * <table>
 * <caption>Settings</caption>
 * <tr><th>System property</th><th>Environment variable</th><th>Default</th></tr>
 * <tr><td>{@code legal.base-url}</td><td>{@code LEGAL_BASE_URL}</td><td>{@code http://localhost:8080}</td></tr>
 * </table>
 */
public final class Config {

    public static final String BASE_URL = "legal.base-url";

    private final String baseUrl;

    Config(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The settings of this JVM. */
    public static Config fromEnvironment() {
        return from(name -> {
            String value = System.getProperty(name);
            return value != null ? value : System.getenv(name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
        });
    }

    static Config from(Function<String, String> settings) {
        String baseUrl = settings.apply(BASE_URL);
        return new Config(validBaseUrl(baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.strip()));
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

    /** The site's public address, without a trailing slash; all absolute links start with it. */
    public String baseUrl() {
        return baseUrl;
    }
}
