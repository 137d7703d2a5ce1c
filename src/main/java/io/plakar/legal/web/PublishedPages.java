package io.plakar.legal.web;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.servlet.ServletContext;

/**
 * The rendered pages by the path they are served at, for a server's native fast path to send
 * without entering the servlet pipeline ({@link UndertowFastPath} on WildFly). The router
 * publishes a page once, when Faces has rendered it; the fast path answers only the requests
 * that need nothing but these bytes, exactly as {@link PageResponse} would, and hands every
 * other request on. Live preview publishes nothing: its content changes, so its pages always take the router.
 */
public final class PublishedPages {

    /** The servlet context attribute holding the instance, when the server has a fast path. */
    static final String ATTRIBUTE = PublishedPages.class.getName();

    /** A page with the {@code Cache-Control} it is served with. */
    record Published(RenderedPage page, String cacheControl) {
    }

    private final ConcurrentMap<String, Published> pages = new ConcurrentHashMap<>();

    /** The fast path's pages, or {@code null} on a server without one. */
    static PublishedPages of(ServletContext context) {
        return (PublishedPages) context.getAttribute(ATTRIBUTE);
    }

    /** @param path the request URI of the page, context path included, without query */
    Published get(String path) {
        return pages.get(path);
    }

    void publish(String path, RenderedPage page, int cacheSeconds) {
        pages.putIfAbsent(path, new Published(page, PageResponse.cacheControl(cacheSeconds)));
    }
}
