package io.plakar.legal.http;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.ServletContext;

import io.plakar.legal.site.RenderedPage;
import io.plakar.legal.site.Snapshot;
import io.plakar.legal.undertow.UndertowFastPath;

/**
 * What may be sent before the rest of the pipeline looks at a request: the pages the served
 * {@link Snapshot} has rendered (every {@link Route}: the notice, the history, the earlier
 * versions, in every language), by the path they are served at. A server's native fast path
 * ({@link UndertowFastPath} on WildFly) answers them before the servlet pipeline; the router
 * answers them first, before any request-scoped bean exists, where the server has no fast path
 * (Payara) or the fast path handed a request on. There is one page cache, the snapshot's: a page
 * is here once the router has rendered it, and only the requests that need nothing but those
 * bytes are answered from here ({@link #servable}), as {@link PageResponse} decides. Live preview
 * serves nothing here: its content changes, so its pages always take the router.
 */
public final class PublishedPages {

    /** The servlet context attribute holding the instance, when the server has a fast path. */
    public static final String ATTRIBUTE = PublishedPages.class.getName();

    /** What is served: set once, when the router starts (never in live preview). */
    private record Served(Snapshot snapshot, Map<String, String> keyByPath, String cacheControl) {
    }

    private volatile Served served;

    /** The fast path's pages, or {@code null} on a server without one. */
    static PublishedPages of(ServletContext context) {
        return (PublishedPages) context.getAttribute(ATTRIBUTE);
    }

    /**
     * The published page a request may be answered with from here, else null: a GET or HEAD
     * (methods are case-sensitive, RFC 9110 9.1: "get" is the router's 405) without query
     * string of a page already rendered, and not a conditional HEAD (rare; the servlet container
     * adds {@code Content-Length: 0} to its 304, and the answers stay identical).
     *
     * @param path        the request URI, context path included, without query
     * @param query       the query string, null or empty when there is none
     * @param conditional whether the request has {@code If-None-Match} or {@code If-Modified-Since}
     */
    public RenderedPage servable(String method, String path, String query, boolean conditional) {
        boolean head = "HEAD".equals(method);
        if (!head && !"GET".equals(method) || query != null && !query.isEmpty() || head && conditional) {
            return null;
        }
        return get(path);
    }

    /** Serves the pages of this snapshot, at their paths under the context path. */
    void serve(Snapshot snapshot, String contextPath, String cacheControl) {
        Map<String, String> keyByPath = new HashMap<>();
        Route.all(snapshot.content()).forEach(route -> keyByPath.put(contextPath + route.path(snapshot.content()), route.key()));
        served = new Served(snapshot, Map.copyOf(keyByPath), cacheControl);
    }

    /**
     * @param path the request URI, context path included, without query
     * @return the rendered page served at that path, or null while there is none
     */
    public RenderedPage get(String path) {
        Served current = served;
        if (current == null) {
            return null;
        }
        String key = current.keyByPath().get(path);
        return key == null ? null : current.snapshot().pages().get(key);
    }

    /** The {@code Cache-Control} of the pages. */
    public String cacheControl() {
        return served.cacheControl();
    }
}
