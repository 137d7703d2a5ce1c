package io.plakar.legal.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.plakar.legal.content.PublishedVersion;
import io.plakar.legal.content.SiteContent;
import io.plakar.legal.i18n.Language;

/**
 * A published page of the site, in one language: the legal notice ({@code /de/impressum}), the
 * history of the French original ({@code /de/impressum/versionen}), or an earlier version of the
 * original ({@code /de/impressum/versionen/e6e2351df25d}), its text in French. Each is rendered
 * once per content snapshot and served as bytes, under its {@link #key()}.
 * <p>
 * {@link #resolve} decides which page a request path asks for, a pure function of the content:
 * the router and the tests call it; {@link #all} lists every page, for the fast path.
 *
 * @param kind which page
 * @param tag the language of the page
 * @param version for {@link Kind#VERSION}, the version of the original, else null
 */
public record Route(Kind kind, String tag, String version) {

    public enum Kind {
        NOTICE, HISTORY, VERSION
    }

    /**
     * What a request path asks for.
     *
     * @param route the page, or null: 404
     * @param redirect when the path is not the page's own (a wrong case or slug, a trailing
     *        slash, the current version's address), the status to redirect with (301, or 302 for
     *        an address that will serve a page of its own once the version is superseded), else 0
     */
    public record Resolution(Route route, int redirect) {
    }

    private static final Resolution NOT_FOUND = new Resolution(null, 0);

    public static Route notice(String tag) {
        return new Route(Kind.NOTICE, tag, null);
    }

    /** The same page in another language. */
    public Route in(String other) {
        return new Route(kind, other, version);
    }

    /** The page's path, such as {@code /de/impressum/versionen}. */
    public String path(SiteContent content) {
        return switch (kind) {
            case NOTICE -> content.path(tag);
            case HISTORY -> content.historyPath(tag);
            case VERSION -> content.versionPath(tag, version);
        };
    }

    /** Under which key a snapshot keeps the page once rendered: {@code de}, {@code de/history}, {@code de/e6e2351df25d}. */
    public String key() {
        return switch (kind) {
            case NOTICE -> tag;
            case HISTORY -> tag + "/history";
            case VERSION -> tag + "/" + version;
        };
    }

    /**
     * The page a path asks for (the context path removed), with a redirect where the path is not
     * the page's own. Paths under a language that name no page are not found.
     */
    public static Resolution resolve(SiteContent content, String path) {
        String[] segments = path.substring(path.startsWith("/") ? 1 : 0).split("/", -1);
        Optional<Language> found = content.language(segments[0]);
        if (found.isEmpty()) {
            return NOT_FOUND;
        }
        String tag = found.get().tag();
        int length = segments.length;
        if (length > 1 && segments[length - 1].isEmpty()) {
            length--; // a trailing slash: the same page, redirected to its own address
        }
        Route route;
        if (length <= 2) {
            route = notice(tag);
        } else if (!segments[2].equals(content.historySlug(tag))) {
            return NOT_FOUND;
        } else if (length == 3) {
            route = new Route(Kind.HISTORY, tag, null);
        } else if (length == 4 && content.version(segments[3]).isPresent()) {
            if (content.current(segments[3])) {
                return new Resolution(notice(tag), 302);
            }
            route = new Route(Kind.VERSION, tag, segments[3]);
        } else {
            return NOT_FOUND;
        }
        return new Resolution(route, path.equals(route.path(content)) ? 0 : 301);
    }

    /** Every published page, in every language: the notice, the history, each earlier version. */
    public static List<Route> all(SiteContent content) {
        List<Route> routes = new ArrayList<>();
        for (String tag : content.tags()) {
            routes.add(notice(tag));
            routes.add(new Route(Kind.HISTORY, tag, null));
            for (PublishedVersion version : content.versions().subList(1, content.versions().size())) {
                routes.add(new Route(Kind.VERSION, tag, version.version()));
            }
        }
        return List.copyOf(routes);
    }
}
