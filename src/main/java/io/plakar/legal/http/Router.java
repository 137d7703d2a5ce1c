package io.plakar.legal.http;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.omnifaces.filter.HttpFilter;

import io.plakar.legal.content.ContentException;
import io.plakar.legal.content.SiteContent;
import io.plakar.legal.i18n.Language;
import io.plakar.legal.site.RenderedPage;
import io.plakar.legal.site.ShutdownSignal;
import io.plakar.legal.site.Site;
import io.plakar.legal.site.Snapshot;
import io.plakar.legal.undertow.UndertowFastPath;

/**
 * Maps the public URLs to the views; every other path is a 404.
 * <ul>
 * <li>{@code /}: 302 to the visitor's language (cookie, then Accept-Language, then the default);</li>
 * <li>{@code /{lang}/{slug}}: the document in that language; {@code /{lang}/{slug}/{history}}:
 * the history of the French original in that language; {@code /{lang}/{slug}/{history}/{version}}:
 * an earlier version of the original ({@link Route}). Each is rendered by Faces once per content
 * version and then served as bytes ({@link PageResponse}), first thing once rendered, and by the
 * server's fast path too where it has one ({@link PublishedPages}); with {@code ?switch}, the visitor
 * picked it in the switcher: remember it in the cookie and redirect to the clean URL;</li>
 * <li>{@code /{lang}}, {@code /{lang}/}, a wrong slug or a wrong case: 301 to the page; the
 * address of the current version: 302 to the page (it will serve that version once superseded);</li>
 * <li>the translators' status report: in live preview, and in production only when the operator turns
 * {@code legal.status-page} on (else 404);</li>
 * <li>the sitemap, robots.txt, the translators' status report and the health report are served
 * from the request's snapshot (in live preview, a broken edit answers 503 for them too); the favicon and Faces
 * resources pass through;</li>
 * <li>a request that announces a body: 400, and the connection closed ({@link RequestBody});</li>
 * <li>once the process is shutting down ({@link ShutdownSignal}): 503 to every request;</li>
 * <li>any method but GET and HEAD: 405, before anything else reads the request.</li>
 * </ul>
 * Redirects carry a path, never an absolute URL built from the request's Host header.
 */
public class Router extends HttpFilter {

    public static final String SWITCH_PARAMETER = "switch";
    static final String VIEW = "/WEB-INF/views/legal-notice.xhtml";
    /** The view of each kind of published page. */
    private static final Map<Route.Kind, String> VIEWS = Map.of(Route.Kind.NOTICE, VIEW,
            Route.Kind.HISTORY, "/WEB-INF/views/history.xhtml", Route.Kind.VERSION, "/WEB-INF/views/version.xhtml");
    static final String ALLOWED_METHODS = "GET, HEAD";

    /**
     * Served from the request's snapshot by Faces (Facelets that OmniFaces' ViewResourceHandler
     * maps, see web.xml) and by the health servlet.
     */
    private static final Set<String> PASS_THROUGH = Set.of("/sitemap.xml", "/robots.txt", HealthServlet.PATH);
    /** The translators' status report, linked from nowhere public and kept out of search engines. */
    static final String TRANSLATIONS = "/translations";
    static final String TRANSLATIONS_VIEW = "/WEB-INF/views/translations.xhtml";
    static final String PREVIEW_ERROR_VIEW = "/WEB-INF/views/preview-error.xhtml";
    private static final String FAVICON = "/favicon.svg";
    private static final String FACES_RESOURCES = "/jakarta.faces.resource/";
    private static final String PLAIN_TEXT = "text/plain;charset=US-ASCII";
    private static final byte[] STOPPING = "stopping\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] METHOD_NOT_ALLOWED = "405 Method Not Allowed: this site answers GET and HEAD only.\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Inject
    private Site site;
    @Inject
    private ActiveRequest active;
    private String cacheControl;
    /** The pages answered first, the server's fast path's when it has one. */
    private PublishedPages published;

    @Override
    public void init() {
        cacheControl = PageResponse.cacheControl(site.config().cacheSeconds());
        published = PublishedPages.of(getServletContext());
        if (published == null) {
            published = new PublishedPages();
        }
        if (!site.isPreview()) {
            published.serve(site.current(), getServletContext().getContextPath(), cacheControl);
        }
    }

    @Override
    public void doFilter(HttpServletRequest request, HttpServletResponse response, HttpSession session, FilterChain chain)
            throws ServletException, IOException {
        if (RequestBody.announced(Collections.list(request.getHeaders("Transfer-Encoding")),
                Collections.list(request.getHeaders("Content-Length")))) {
            refuseBody(response);
            return;
        }
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            methodNotAllowed(response);
            return;
        }
        if (ShutdownSignal.isStopping()) {
            stopping(response);
            return;
        }
        // A published page, answered before anything creates a request-scoped bean (on Payara,
        // that creation was a sixth of a page's time under load: docs/benchmarks.md).
        RenderedPage ready = published.servable(request.getMethod(), request.getRequestURI(), request.getQueryString(),
                request.getHeader("If-None-Match") != null || request.getHeader("If-Modified-Since") != null);
        if (ready != null) {
            send(response, answer(request, ready));
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals(FAVICON) || path.startsWith(FACES_RESOURCES)) {
            if (path.startsWith(FACES_RESOURCES) && hasQueryParameter(request, "v")) {
                response.setHeader("Cache-Control", "public, max-age=31536000, immutable"); // versioned by content
            }
            chain.doFilter(request, response);
            return;
        }
        Snapshot snapshot;
        try {
            snapshot = site.current();
        } catch (ContentException e) {
            previewError(request, response, e); // only in live preview: the translator's broken edit
            return;
        }
        SiteContent content = snapshot.content();
        if (path.equals("/") || path.isEmpty()) {
            response.setHeader("Vary", "Accept-Language, Cookie");
            response.setHeader("Cache-Control", "private, no-cache");
            redirect(response, HttpServletResponse.SC_FOUND,
                    request.getContextPath() + content.path(ActiveRequest.negotiate(snapshot, request).tag()));
            return;
        }
        active.serveFrom(snapshot);
        if (PASS_THROUGH.contains(path)) {
            chain.doFilter(request, response);
            return;
        }
        if (path.equals(TRANSLATIONS) && !site.config().servesStatusPage()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND); // production, unless the operator turned it on
            return;
        }
        if (path.equals(TRANSLATIONS)) {
            response.setHeader("X-Robots-Tag", "noindex");
            response.setHeader("Cache-Control", "no-store");
            request.getRequestDispatcher(TRANSLATIONS_VIEW).forward(request, response);
            return;
        }

        Route.Resolution resolution = Route.resolve(content, path);
        Route route = resolution.route();
        if (route == null) {
            content.language(path.substring(1).split("/", -1)[0]).ifPresent(active::serveIn);
            response.sendError(HttpServletResponse.SC_NOT_FOUND); // in that language, else the visitor's
            return;
        }
        Language language = content.language(route.tag()).orElseThrow();
        String page = request.getContextPath() + route.path(content);
        if (resolution.redirect() != 0) {
            if (resolution.redirect() == HttpServletResponse.SC_FOUND) {
                response.setHeader("Cache-Control", cacheControl); // the current version's address: its page, until superseded
            }
            redirect(response, resolution.redirect(), page);
            return;
        }
        if (hasQueryParameter(request, SWITCH_PARAMETER)) {
            LanguageCookie.write(response, language.tag(), SecurityHeaders.overHttps(request.isSecure(), request.getHeader("X-Forwarded-Proto")));
            response.setHeader("Cache-Control", "no-store");
            redirect(response, HttpServletResponse.SC_FOUND, page);
            return;
        }
        RenderedPage rendered = snapshot.pages().get(route.key());
        if (rendered == null) {
            active.serveIn(language);
            active.serve(route);
            CapturingResponse capture = new CapturingResponse(response);
            request.getRequestDispatcher(VIEWS.get(route.kind())).forward(request, capture);
            rendered = snapshot.pages().put(route.key(), RenderedPage.of(language.tag(), capture.body(),
                    content.document(SiteContent.ORIGINAL).lastmod()));
        }
        send(response, answer(request, rendered));
    }

    /** What {@link PageResponse} decides for this request of a rendered page. */
    private PageResponse.Answer answer(HttpServletRequest request, RenderedPage page) {
        return PageResponse.answer(new PageResponse.Request(request.getMethod(), request.getHeader("Accept-Encoding"),
                request.getHeader("If-None-Match"), request.getHeader("If-Modified-Since")), page, cacheControl);
    }

    /**
     * The answer to every request while a translator's edit breaks {@code i18n/} in live preview:
     * a 503 whose page lists every problem with the file and line to fix. Production never gets
     * here: there, a broken {@code i18n/} stops the deployment.
     */
    private void previewError(HttpServletRequest request, HttpServletResponse response, ContentException e)
            throws ServletException, IOException {
        active.failWith(e);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Retry-After", "1");
        request.getRequestDispatcher(PREVIEW_ERROR_VIEW).forward(request, response);
    }

    /** Writes what {@link PageResponse} decided. */
    private static void send(HttpServletResponse response, PageResponse.Answer answer) throws IOException {
        response.setStatus(answer.status());
        answer.headers().forEach(header -> response.setHeader(header.getKey(), header.getValue()));
        if (answer.body() != null) {
            response.getOutputStream().write(answer.body());
        }
    }

    /**
     * Whether the query string names the parameter. Only the query: {@code getParameter} would
     * also read a form body, which a GET has no business sending, and the server's fast path
     * ({@link UndertowFastPath}) looks at the query alone.
     */
    static boolean hasQueryParameter(HttpServletRequest request, String name) {
        String query = request.getQueryString();
        if (query == null) {
            return false;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            try {
                if (name.equals(URLDecoder.decode(key, StandardCharsets.UTF_8))) {
                    return true;
                }
            } catch (IllegalArgumentException e) {
                // a malformed escape: not this parameter
            }
        }
        return false;
    }

    /**
     * The process is shutting down ({@link ShutdownSignal}): 503, as a suspended WildFly answers,
     * so that a load balancer retries the request on another server, and the connection closed so
     * that it keeps no connection to a server about to go. Answered before anything touches CDI,
     * whose contexts the server may already have ended.
     */
    private static void stopping(HttpServletResponse response) throws IOException {
        response.setHeader("Connection", "close");
        plainText(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, STOPPING);
    }

    /** Answered here, never by Faces: a POST must not reach the view state machinery. */
    private static void methodNotAllowed(HttpServletResponse response) throws IOException {
        response.setHeader("Allow", ALLOWED_METHODS);
        plainText(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, METHOD_NOT_ALLOWED);
    }

    /**
     * Answered before anything reads the request, and the connection closed after it (servlet
     * containers close it on {@code Connection: close}): see {@link RequestBody}.
     */
    private static void refuseBody(HttpServletResponse response) throws IOException {
        response.setHeader("Connection", "close");
        plainText(response, HttpServletResponse.SC_BAD_REQUEST, RequestBody.REFUSED);
    }

    /** A short answer of the router's own, in ASCII text, never stored. */
    private static void plainText(HttpServletResponse response, int status, byte[] body) throws IOException {
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(PLAIN_TEXT);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static void redirect(HttpServletResponse response, int status, String location) {
        response.setStatus(status);
        response.setHeader("Location", location);
    }
}
