package io.plakar.legal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.plakar.legal.content.I18nSource;
import io.plakar.legal.content.SiteContent;
import io.plakar.legal.content.SiteContentLoader;
import io.plakar.legal.history.HistoryFixture;

/**
 * Which page a path asks for: the notice, the history, an earlier version, in each language, with
 * the redirects to a page's own address; on a copy of {@code i18n/} with two published versions.
 * Slugs are read from the content, never written here.
 */
class RouteTest {

    @TempDir
    static Path temp;

    private static SiteContent content;
    private static String earlier;
    private static String current;

    @BeforeAll
    static void twoVersions() throws IOException {
        Path i18n = HistoryFixture.oneVersion(temp);
        earlier = HistoryFixture.version(i18n);
        current = HistoryFixture.publish(i18n, HistoryFixture::changeFirstSection);
        content = SiteContentLoader.load(I18nSource.directory(i18n));
    }

    @Test
    void eachPageAtItsOwnAddressInEveryLanguage() {
        for (String tag : content.tags()) {
            String notice = content.path(tag);
            String history = notice + "/" + content.historySlug(tag);
            assertEquals(new Route.Resolution(Route.notice(tag), 0), Route.resolve(content, notice));
            assertEquals(new Route.Resolution(new Route(Route.Kind.HISTORY, tag, null), 0), Route.resolve(content, history));
            assertEquals(new Route.Resolution(new Route(Route.Kind.VERSION, tag, earlier), 0), Route.resolve(content, history + "/" + earlier));
        }
    }

    @Test
    void otherAddressesOfAPageRedirectToIt() {
        String tag = content.tags().get(0);
        String slug = content.document(tag).slug();
        String history = content.historySlug(tag);
        Route historyPage = new Route(Route.Kind.HISTORY, tag, null);
        assertEquals(new Route.Resolution(historyPage, 301), Route.resolve(content, "/" + tag.toUpperCase() + "/" + slug + "/" + history));
        assertEquals(new Route.Resolution(historyPage, 301), Route.resolve(content, "/" + tag + "/old-slug/" + history));
        assertEquals(new Route.Resolution(historyPage, 301), Route.resolve(content, "/" + tag + "/" + slug + "/" + history + "/"));
        assertEquals(new Route.Resolution(new Route(Route.Kind.VERSION, tag, earlier), 301),
                Route.resolve(content, "/" + tag + "/old-slug/" + history + "/" + earlier + "/"));
        assertEquals(new Route.Resolution(Route.notice(tag), 302), Route.resolve(content, "/" + tag + "/" + slug + "/" + history + "/" + current),
                "the version in force: its page, for now");
        assertEquals(new Route.Resolution(Route.notice(tag), 301), Route.resolve(content, "/" + tag + "/" + slug + "/"));
    }

    @Test
    void whatNamesNoPageIsNotFound() {
        String tag = content.tags().get(0);
        String base = content.path(tag);
        String history = base + "/" + content.historySlug(tag);
        for (String path : List.of("/xx/" + content.document(tag).slug(), base + "/extra", history + "/000000000000", history + "/" + earlier + "/more",
                history + "/" + earlier.toUpperCase(), base + "//")) {
            assertNull(Route.resolve(content, path).route(), path);
        }
    }

    @Test
    void everyPublishedPageIsListedOnceAndResolvesToItself() {
        List<Route> all = Route.all(content);
        assertEquals(content.tags().size() * 3, all.size(), "notice, history and one earlier version per language");
        assertEquals(all.size(), all.stream().map(Route::key).distinct().count());
        for (Route route : all) {
            assertEquals(new Route.Resolution(route, 0), Route.resolve(content, route.path(content)), route.toString());
        }
    }
}
