package io.plakar.legal.http;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import io.plakar.legal.content.ContentException;
import io.plakar.legal.i18n.Language;
import io.plakar.legal.site.Site;
import io.plakar.legal.site.Snapshot;

/**
 * What this request is served from, decided once: the {@link Snapshot} of the content and the
 * {@link Language}. The {@link Router} fills it for the requests it routes (as the kickoff
 * example's LocaleFilter fills its ActiveLocale); the page model, the error page and the servlets
 * read it. For a request the router never saw (an error the container answers itself), it takes
 * the snapshot last loaded and the visitor's language, negotiated here and nowhere else.
 */
@RequestScoped
public class ActiveRequest {

    @Inject
    private Site site;

    @Inject
    private HttpServletRequest request;

    private Snapshot snapshot;
    private Language language;
    private Route route;
    private ContentException failure;

    /** Set by the router: the snapshot it took for this request. */
    void serveFrom(Snapshot snapshot) {
        this.snapshot = snapshot;
    }

    /** Set by the router in live preview: the translator's edit that keeps {@code i18n/} from loading. */
    void failWith(ContentException failure) {
        this.failure = failure;
    }

    /** Why {@code i18n/} does not load (live preview only), else null. */
    public ContentException failure() {
        return failure;
    }

    /** Set by the router: the language of the page the request asks for. */
    void serveIn(Language language) {
        this.language = language;
    }

    /** Set by the router: the published page the request asks for. */
    void serve(Route route) {
        this.route = route;
    }

    /**
     * The published page being rendered: the router's, or for a request it did not route (an
     * error page), the legal notice in the page's language, which the switcher links to.
     */
    public Route route() {
        return route != null ? route : Route.notice(language().tag());
    }

    /** Whether the request renders a published page (the router set one), not an error page. */
    public boolean published() {
        return route != null;
    }

    /**
     * The snapshot this request is served from: the router's, or for a request it did not route,
     * the last one loaded (in live preview, the last edit that loaded: an error page must render
     * while a broken edit waits to be fixed).
     */
    public Snapshot snapshot() {
        if (snapshot == null) {
            snapshot = site.lastLoaded();
        }
        return snapshot;
    }

    /** Whether the router gave this request a snapshot: it did for every request it served. */
    boolean routed() {
        return snapshot != null;
    }

    /** The page's language: the router's choice, else the visitor's (cookie, Accept-Language, default). */
    public Language language() {
        if (language == null) {
            language = negotiate(snapshot(), request);
        }
        return language;
    }

    /**
     * The visitor's language among a snapshot's: the cookie's, else the best of Accept-Language,
     * else the default. The site's one negotiation, also called by the router for the redirect at
     * {@code /}, which needs no bean.
     */
    static Language negotiate(Snapshot snapshot, HttpServletRequest request) {
        String tag = snapshot.negotiator().negotiate(LanguageCookie.read(request), request.getHeader("Accept-Language"));
        return snapshot.content().language(tag).orElseThrow();
    }
}
