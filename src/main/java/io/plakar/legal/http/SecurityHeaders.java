package io.plakar.legal.http;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.omnifaces.filter.HttpFilter;

/**
 * The security headers of every response of the application: pages, redirects, errors and
 * resources. The pages need no script and no inline style, so the policy allows neither.
 * {@code connect-src 'self'} lets crawlers' audits (Lighthouse) read robots.txt from the page;
 * with no script on the site, nothing else connects.
 */
public class SecurityHeaders extends HttpFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; connect-src 'self'; "
            + "form-action 'none'; frame-ancestors 'none'; base-uri 'none'";
    static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
            + "microphone=(), payment=(), usb=(), browsing-topics=()";

    /** The headers of every response. */
    public static final List<Map.Entry<String, String>> ALWAYS = List.of(
            Map.entry("Content-Security-Policy", CONTENT_SECURITY_POLICY),
            Map.entry("X-Content-Type-Options", "nosniff"),
            Map.entry("X-Frame-Options", "DENY"),
            Map.entry("Referrer-Policy", "strict-origin-when-cross-origin"),
            Map.entry("Permissions-Policy", PERMISSIONS_POLICY),
            Map.entry("Cross-Origin-Opener-Policy", "same-origin"),
            Map.entry("Cross-Origin-Resource-Policy", "same-origin"));
    /** The header of every response over HTTPS ({@link #overHttps}). */
    public static final Map.Entry<String, String> HTTPS_ONLY = Map.entry("Strict-Transport-Security", "max-age=63072000; includeSubDomains");

    @Override
    public void doFilter(HttpServletRequest request, HttpServletResponse response, HttpSession session, FilterChain chain)
            throws ServletException, IOException {
        for (Map.Entry<String, String> header : ALWAYS) {
            response.setHeader(header.getKey(), header.getValue());
        }
        if (overHttps(request.isSecure(), request.getHeader("X-Forwarded-Proto"))) {
            response.setHeader(HTTPS_ONLY.getKey(), HTTPS_ONLY.getValue());
        }
        chain.doFilter(request, response);
    }

    /**
     * Whether the visitor's connection is HTTPS: to this server, or to the proxy that says so.
     * The one rule for everything that depends on it: HSTS here and in the WildFly fast path, the
     * language cookie's {@code Secure} attribute in the router. The configured base URL says
     * where visitors should go, not how this request came.
     */
    public static boolean overHttps(boolean secure, String forwardedProto) {
        return secure || "https".equalsIgnoreCase(forwardedProto);
    }
}
