package io.plakar.legal.site;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The pages rendered from one {@link Snapshot}, by key (one per page and language, see
 * {@code io.plakar.legal.http.Route#key}): each is rendered by Faces on its first request and
 * then served as bytes. Content changes a few times a year; there is no
 * reason to render the same page twice.
 */
public final class RenderedPages {

    private final ConcurrentMap<String, RenderedPage> pages = new ConcurrentHashMap<>();

    public RenderedPage get(String key) {
        return pages.get(key);
    }

    /** Keeps the first page rendered under a key, should two requests render it at once. */
    public RenderedPage put(String key, RenderedPage page) {
        RenderedPage previous = pages.putIfAbsent(key, page);
        return previous != null ? previous : page;
    }
}
