package io.plakar.legal.site;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The pages rendered from one {@link Snapshot}, by language: each is rendered by Faces on its
 * first request and then served as bytes. Content changes a few times a year; there is no
 * reason to render the same page twice.
 */
public final class RenderedPages {

    private final ConcurrentMap<String, RenderedPage> pages = new ConcurrentHashMap<>();

    public RenderedPage get(String language) {
        return pages.get(language);
    }

    /** Keeps the first page rendered for a language, should two requests render it at once. */
    public RenderedPage put(RenderedPage page) {
        RenderedPage previous = pages.putIfAbsent(page.language(), page);
        return previous != null ? previous : page;
    }
}
