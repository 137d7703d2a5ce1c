package io.plakar.legal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests a scanner or an attacker sends, each with its safe outcome. Every case: never a
 * 5xx, never a stack trace or a server or framework name, nothing of the payload reflected, no
 * file under WEB-INF or META-INF and no Facelets source, no session, security headers present
 * (but on the bare, empty rejections of the server's HTTP layer, see
 * {@link #isBareServerRejection}).
 */
@ExtendWith(ArquillianExtension.class)
class AdversarialRequestsIT {

    /** What a request may be answered with. */
    private static final Set<Integer> NOT_FOUND = Set.of(400, 404);
    private static final Set<Integer> REDIRECT_OR_NOT_FOUND = Set.of(301, 302, 400, 404);
    private static final Set<Integer> ROOT_REDIRECT = Set.of(302);
    private static final Set<Integer> PAGE = Set.of(200);
    private static final Set<Integer> METHOD_NOT_ALLOWED = Set.of(405);
    private static final Set<Integer> TOO_LARGE = Set.of(400, 404, 414, 431);
    private static final Set<Integer> BODY_REFUSED = Set.of(400);

    /** Markers of things that must never reach a client. */
    private static final List<String> LEAKS = List.of("<web-app", "<jboss-web", "<glassfish-web", "ui:composition", "#{page",
            "Manifest-Version", "root:x:0:0", "faces-config", "Exception", "\tat ", "Caused by", "WildFly", "Undertow",
            "JBoss", "Payara", "GlassFish", "Mojarra", "Grizzly");

    /**
     * A request, and what it may be answered with. {@code raw}, when set, is sent byte for byte
     * instead ({@code {host}} replaced by the server's address).
     */
    record Case(String name, String method, String target, List<String> headers, Set<Integer> expected, List<String> payloads,
            String raw) {

        @Override
        public String toString() {
            return name;
        }
    }

    @ArquillianResource
    private URL url;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SiteClient.builtWar();
    }

    static Stream<Case> cases() {
        String bigAcceptLanguage = "de;q=0.5, ".repeat(1000);
        String manyRanges = "x-a,".repeat(3000) + "de";
        return Stream.of(
            // Path traversal and exposure
            get("WEB-INF", "/WEB-INF/web.xml", NOT_FOUND),
            get("WEB-INF after dot segments (CVE-2022-45129)", "/.//WEB-INF/web.xml", NOT_FOUND),
            get("META-INF", "/META-INF/MANIFEST.MF", NOT_FOUND),
            get("WEB-INF lower case", "/web-inf/web.xml", NOT_FOUND),
            get("WEB-INF listing", "/WEB-INF/", NOT_FOUND),
            get("encoded dots", "/%2e%2e/%2e%2e/etc/passwd", NOT_FOUND),
            get("encoded dots into WEB-INF", "/fr/%2e%2e/WEB-INF/web.xml", NOT_FOUND),
            get("double-encoded dots", "/%252e%252e/WEB-INF/web.xml", NOT_FOUND),
            get("encoded slash", "/fr%2f..%2fWEB-INF%2fweb.xml", NOT_FOUND),
            get("path parameter ..;", "/fr/..;/WEB-INF/web.xml", NOT_FOUND),
            get("path parameter at the root", "/..;/META-INF/MANIFEST.MF", NOT_FOUND),
            get("encoded NUL", "/fr/mentions-legales%00.xhtml", REDIRECT_OR_NOT_FOUND),
            get("overlong UTF-8 dots", "/%c0%ae%c0%ae/WEB-INF/web.xml", NOT_FOUND),
            get("fullwidth dots", "/%ef%bc%8e%ef%bc%8e/WEB-INF/web.xml", NOT_FOUND),
            parserRejects(get("backslashes", "/..\\..\\WEB-INF\\web.xml", NOT_FOUND)),
            get("Faces resource ln traversal (CVE-2020-6950)", "/jakarta.faces.resource/web.xml.xhtml?ln=..", NOT_FOUND),
            get("Faces resource ln into WEB-INF", "/jakarta.faces.resource/web.xml.xhtml?ln=../WEB-INF", NOT_FOUND),
            get("Faces resource loc traversal", "/jakarta.faces.resource/site/site.css.xhtml?loc=../../WEB-INF", Set.of(200, 400, 404)),
            get("Faces resource con traversal", "/jakarta.faces.resource/site/site.css.xhtml?con=../../WEB-INF", Set.of(200, 400, 404)),
            get("Faces resource name traversal", "/jakarta.faces.resource/..%2fWEB-INF%2fweb.xml.xhtml", NOT_FOUND),
            get("Faces resource encoded name", "/jakarta.faces.resource/%2e%2e/WEB-INF/web.xml.xhtml", NOT_FOUND),
            get("Facelets source of a view", "/WEB-INF/views/legal-notice.xhtml", NOT_FOUND),
            get("Facelets source by extension", "/legal-notice.xhtml", NOT_FOUND),
            get("Facelets source through /faces/*", "/faces/WEB-INF/views/legal-notice.xhtml", NOT_FOUND),
            get("Facelets through *.jsf", "/legal-notice.jsf", NOT_FOUND),
            get("template by path", "/WEB-INF/templates/layout.xhtml", NOT_FOUND),
            get("resources folder", "/resources/site/site.css", NOT_FOUND),
            get("directory listing of resources", "/resources/", NOT_FOUND),
            get("directory listing of Faces resources", "/jakarta.faces.resource/", NOT_FOUND),
            // Header parsing
            get("Accept-Language syntax error", "/", ROOT_REDIRECT, "Accept-Language: en;"),
            get("Accept-Language q not a number", "/", ROOT_REDIRECT, "Accept-Language: fr;q=abc"),
            get("Accept-Language q out of range", "/", ROOT_REDIRECT, "Accept-Language: de;q=2"),
            get("Accept-Language pathological number", "/", ROOT_REDIRECT, "Accept-Language: de;q=0.00000000000000000000000000001"),
            get("Accept-Language huge exponent", "/", ROOT_REDIRECT, "Accept-Language: de;q=1e309"),
            get("Accept-Language 10 KB", "/", Set.of(302, 400, 431), "Accept-Language: " + bigAcceptLanguage),
            get("Accept-Language thousands of ranges", "/", Set.of(302, 400, 431), "Accept-Language: " + manyRanges),
            get("Accept-Language markup", "/", ROOT_REDIRECT, "Accept-Language: <script>alert(1)</script>"),
            payload(get("cookie with markup", "/", ROOT_REDIRECT, "Cookie: lang=<script>alert(1)</script>"), "<script>alert(1)"),
            payload(get("cookie with an injected header", "/", ROOT_REDIRECT, "Cookie: lang=de%0d%0aSet-Cookie:%20injected=1"), "injected"),
            get("cookie quoted", "/", ROOT_REDIRECT, "Cookie: lang=\"de\""),
            get("cookie forged with a path", "/", ROOT_REDIRECT, "Cookie: lang=../../etc/passwd"),
            get("cookie 8 KB", "/", Set.of(302, 400, 431), "Cookie: lang=" + "x".repeat(8000)),
            get("many cookies", "/", Set.of(302, 400, 431), "Cookie: " + "a=b; ".repeat(500) + "lang=nl"),
            // Reflection and injection
            payload(get("markup in the path", "/%3Cscript%3Ealert(1)%3C/script%3E", NOT_FOUND), "<script>alert(1)", "%3Cscript%3E"),
            payload(get("markup after a language", "/fr/%3Cscript%3Ealert(1)%3C/script%3E", REDIRECT_OR_NOT_FOUND), "script"),
            payload(get("EL in the path", "/%23%7B7*191%7D", NOT_FOUND), "1337", "#{7*191}", "%23%7B7*191%7D"),
            payload(get("EL after a language", "/de/%24%7B7*191%7D", Set.of(301)), "1337", "${7*191}"),
            payload(get("markup and EL in the query", "/fr/mentions-legales?q=%3Cscript%3Ealert(1)%3C/script%3E&x=%23%7B7*191%7D", PAGE),
                    "<script>alert(1)", "1337", "#{7*191}"),
            payload(get("EL in a header", "/fr/mentions-legales", PAGE, "Accept-Language: #{7*191}", "User-Agent: ${7*191}"), "1337"),
            payload(get("CRLF in the path", "/fr%0d%0aSet-Cookie:%20injected=1", NOT_FOUND), "injected"),
            payload(get("CRLF after a language", "/fr/x%0d%0aSet-Cookie:%20injected=1", Set.of(301)), "injected"),
            payload(get("CRLF in the query", "/?x=%0d%0aSet-Cookie:%20injected=1", ROOT_REDIRECT), "injected"),
            payload(get("Host poisoning", "/fr/mentions-legales", PAGE, "X-Forwarded-Host: evil.example"), "evil.example"),
            new Case("Host header poisoning", "GET", "/fr/mentions-legales", List.of(), PAGE, List.of("evil.example"),
                    "GET /fr/mentions-legales HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"),
            payload(get("open redirect through a parameter", "/fr/mentions-legales?switch&next=https://evil.example/", Set.of(302)), "evil.example"),
            payload(get("open redirect through the root", "/?url=https://evil.example/&redirect=//evil.example", ROOT_REDIRECT), "evil.example"),
            payload(get("protocol-relative path", "//evil.example/", NOT_FOUND), "evil.example"),
            parserRejects(payload(get("backslash path", "/\\evil.example/", NOT_FOUND), "evil.example")),
            payload(get("protocol-relative after a language", "/fr//evil.example", NOT_FOUND), "evil.example"),
            // Protocol
            get("oversized URL", "/" + "a".repeat(20_000), TOO_LARGE),
            get("oversized header", "/fr/mentions-legales", Set.of(200, 400, 431), "X-Padding: " + "a".repeat(100_000)),
            method("PUT", "/fr/mentions-legales"),
            method("DELETE", "/fr/mentions-legales"),
            method("PATCH", "/fr/mentions-legales"),
            method("OPTIONS", "/fr/mentions-legales"),
            // The asterisk form asks the server, not a page: the server may answer it.
            new Case("OPTIONS *", "OPTIONS", "*", List.of(), Set.of(200, 405), List.of(), null),
            method("TRACE", "/"),
            method("TRACE", "/fr/mentions-legales"),
            method("PROPFIND", "/"),
            method("FOO", "/fr/mentions-legales"),
            method("POST", "/jakarta.faces.resource/site/site.css.xhtml"),
            method("POST", "/sitemap.xml"),
            forgedViewState("POST with a forged ViewState", "/fr/mentions-legales"),
            forgedViewState("POST with a forged ViewState to a missing page", "/nope"),
            forgedViewState("POST with a forged ViewState to a Faces resource", "/jakarta.faces.resource/site/site.css.xhtml"));
    }

    private static Case get(String name, String target, Set<Integer> expected, String... headers) {
        return new Case(name, "GET", target, List.of(headers), expected, List.of(), null);
    }

    private static Case method(String method, String target) {
        return new Case(method + " " + target, method, target, List.of(), METHOD_NOT_ALLOWED, List.of(), null);
    }

    /** A raw backslash in the request line: Undertow's HTTP parser refuses it with an empty 400. */
    private static Case parserRejects(Case base) {
        return new Case(base.name(), base.method(), base.target(), base.headers(), Set.of(400), base.payloads(), base.raw());
    }

    private static Case payload(Case base, String... payloads) {
        return new Case(base.name(), base.method(), base.target(), base.headers(), base.expected(), List.of(payloads), null);
    }

    /**
     * A serialized Java object (a HashMap's header) as the view state of a form post: refused
     * for its body, before anything could read it.
     */
    private static Case forgedViewState(String name, String target) {
        String form = "jakarta.faces.ViewState=rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3Rvcg%3D%3D";
        return new Case(name, "POST", target, List.of(), BODY_REFUSED, List.of(), "POST " + target + " HTTP/1.1\r\nHost: {host}\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length()
                + "\r\nConnection: close\r\n\r\n" + form);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answersSafely(Case request) {
        RawHttp.Response response = send(request);
        String context = request.name() + "\n" + response.head();

        assertTrue(request.expected().contains(response.status()), "status " + response.status() + ", expected one of "
                + request.expected() + ": " + context);
        assertTrue(response.status() < 500, context);
        String everything = (response.head() + "\n" + response.body()).toLowerCase(Locale.ROOT);
        for (String leak : LEAKS) {
            assertFalse(everything.contains(leak.toLowerCase(Locale.ROOT)), "reveals '" + leak + "': " + context + response.body());
        }
        for (String payload : request.payloads()) {
            assertFalse(response.body().contains(payload), "reflects '" + payload + "' in the body: " + context);
            response.headers().forEach(header -> assertFalse(
                    (header[0] + ":" + header[1]).contains(payload) && !header[0].equalsIgnoreCase("Location"),
                    "reflects '" + payload + "' in a header: " + context));
        }
        assertTrue(response.headers("Set-Cookie").stream().noneMatch(cookie -> cookie.toUpperCase(Locale.ROOT).startsWith("JSESSIONID")), context);
        assertTrue(response.headers("Set-Cookie").stream().noneMatch(cookie -> cookie.startsWith("injected")), context);
        String location = response.header("Location");
        if (location != null) {
            assertTrue(location.startsWith("/") && !location.startsWith("//") && !location.contains("\\")
                    && !location.contains("evil"), "redirects off the site: " + context);
        }
        if (!isBareServerRejection(response)) {
            assertEquals("nosniff", response.header("X-Content-Type-Options"), context);
            assertNotNull(response.header("Content-Security-Policy"), context);
        }
        assertNull(response.header("X-Powered-By"), context);
        String server = response.header("Server");
        assertTrue(server == null || !server.matches(".*\\d.*"), "Server header with a version: " + context);
        if (request.expected().equals(METHOD_NOT_ALLOWED)) {
            assertEquals("GET, HEAD", response.header("Allow"), context);
        }
        if (response.status() == 200 && String.valueOf(response.header("Content-Type")).startsWith("text/html")) {
            assertFalse(response.body().contains("evil.example"), context);
            assertTrue(response.body().contains("href=\"" + SiteClient.BASE_URL + "/fr/mentions-legales\""), "canonical from the configured base URL");
        }
    }

    /**
     * A request whose framing is ambiguous, with a second request hidden in it: refused with one
     * 400 and the connection closed, so that the hidden request is never answered.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.plakar.legal.it.SmugglingProbes#all")
    void refusesAmbiguousFramingWithOneAnswerThenCloses(SmugglingProbes.Probe probe) {
        RawHttp.Exchange exchange = RawHttp.exchange(url.getHost(), url.getPort(), probe.bytes(url.getHost() + ":" + url.getPort()), 5_000);

        assertEquals(List.of(400), exchange.statuses(), probe + ":\n" + exchange.text());
        assertTrue(exchange.closed(), "the connection should be closed after the refusal: " + probe + "\n" + exchange.text());
    }

    /**
     * An empty 400, 414 or 431 with nothing but transport headers: the server's HTTP layer
     * refused the request before any handler ran (Undertow for a raw backslash, Payara's Grizzly
     * for a malformed or oversized request). No application code can add headers to it, and it
     * has no content to protect.
     */
    private static boolean isBareServerRejection(RawHttp.Response response) {
        Set<String> transport = Set.of("connection", "content-length", "date");
        return Set.of(400, 414, 431).contains(response.status()) && response.body().isEmpty()
                && response.headers().stream().allMatch(header -> transport.contains(header[0].toLowerCase(Locale.ROOT)));
    }

    private RawHttp.Response send(Case request) {
        if (request.raw() != null) {
            String raw = request.raw().replace("{host}", url.getHost() + ":" + url.getPort());
            return RawHttp.send(url, raw.getBytes(StandardCharsets.US_ASCII));
        }
        return RawHttp.send(url, request.method(), request.target(), request.headers().toArray(String[]::new));
    }

    static {
        // The cases' names must be unique: each appears in the report.
        assertEquals(cases().count(), cases().map(Case::name).distinct().count());
        assertNotEquals(0, cases().count());
    }
}
