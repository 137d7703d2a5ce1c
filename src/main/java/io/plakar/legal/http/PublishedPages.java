package io.plakar.legal.http;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.ServletContext;

import io.plakar.legal.site.RenderedPage;
import io.plakar.legal.site.Snapshot;
import io.plakar.legal.undertow.UndertowFastPath;

/**
 * What a server's native fast path may send without entering the servlet pipeline
 * ({@link UndertowFastPath} on WildFly): the pages the served {@link Snapshot} has rendered (every
 * {@link Route}: the notice, the history, the earlier versions, in every language), by the path
 * they are served at. There is one page cache, the snapshot's: a page is here once the
 * router has rendered it, and the fast path answers only the requests that need nothing but
 * those bytes, as {@link PageResponse} decides, handing every other request on. Live preview
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
