package io.plakar.legal.it;

import static io.plakar.legal.it.SiteClient.assertHeader;
import static io.plakar.legal.it.SiteClient.bundle;
import static io.plakar.legal.it.SiteClient.html;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;

import io.plakar.legal.I18nCopy;
import io.plakar.legal.history.HistoryFixture;

/**
 * The history of the French original as visitors get it, in every language: a copy of
 * {@code i18n/} with three published versions (the second adds a section, the third changes the
 * first one), served by live preview. The history page lists them newest first with what
 * changed; each earlier version is served in full at its own address, marked as no longer in
 * force; the current page links to both; a new version recorded shows at once. In Chromium: axe
 * finds no WCAG 2.1 AA violation, Arabic is laid out right to left with the French quoted left to
 * right; screenshots in {@code target/screenshots/history-*.png}.
 */
@ExtendWith(ArquillianExtension.class)
class HistoryIT {

    private static final Path PREVIEWED = Path.of("target/history-it").toAbsolutePath();
    private static final Path I18N = PREVIEWED.resolve("i18n");

    /** The versions, newest first, as the fixture recorded them. */
    private static List<String> versions;

    @ArquillianResource
    private URL url;

    @Deployment(testable = false)
    static WebArchive deployment() {
        threeVersions();
        return SiteClient.previewWar(I18N);
    }

    @BeforeEach
    void fresh() {
        threeVersions();
    }

    @AfterAll
    static void clean() throws IOException {
        I18nCopy.delete(PREVIEWED);
    }

    private static void threeVersions() {
        try {
            I18nCopy.delete(PREVIEWED);
            Files.createDirectories(PREVIEWED);
            Path i18n = HistoryFixture.oneVersion(PREVIEWED);
            String first = HistoryFixture.version(i18n);
            String second = HistoryFixture.publish(i18n, HistoryFixture::addSection);
            String third = HistoryFixture.publish(i18n, HistoryFixture::changeFirstSection);
            versions = List.of(third, second, first);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.plakar.legal.it.SiteClient#languages")
    void theHistoryListsEveryVersionNewestFirstWithWhatChanged(String tag) {
        SiteClient client = new SiteClient(url);
        HttpResponse<String> response = client.get(SiteClient.historyPath(tag));
        assertEquals(200, response.statusCode());
        assertHeader(response, "Content-Language", tag);
        assertTrue(response.headers().firstValue("ETag").orElseThrow().startsWith("\""), "a strong ETag");
        Document page = html(response);
        assertEquals(tag, page.selectFirst("html").attr("lang"));
        assertEquals(bundle(tag, "language.direction"), page.selectFirst("html").attr("dir"));
        assertEquals(title(tag), page.selectFirst("main h1").text());

        List<Element> entries = page.select("section.version");
        assertEquals(versions, entries.stream().map(entry -> entry.attr("aria-labelledby").replace("version-", "")).toList());
        List<String> dates = entries.stream().map(entry -> entry.selectFirst("h2 time").attr("datetime")).toList();
        assertEquals(dates.stream().sorted(java.util.Comparator.reverseOrder()).toList(), dates, "newest first");
        assertNotNull(entries.get(0).selectFirst(".in-force"), "the newest is in force");
        assertEquals(1, page.select(".in-force").size());

        // The newest changed the first section: the sentence added, quoted in French.
        Element changed = entries.get(0);
        assertEquals(1, changed.select("h3").size());
        assertTrue(changed.selectFirst("h3").text().startsWith(text(tag, "history.state.changed")), changed.selectFirst("h3").text());
        Element diff = changed.selectFirst("p.diff");
        assertEquals("fr", diff.attr("lang"));
        assertEquals("ltr", diff.attr("dir"));
        assertEquals(List.of(HistoryFixture.ADDED_TEXT), diff.select("ins").eachText());
        assertEquals(List.of(), diff.select("del").eachText());
        // The one before it added a section.
        Element added = entries.get(1);
        assertTrue(added.selectFirst("h3").text().startsWith(text(tag, "history.state.added")));
        assertEquals(HistoryFixture.ADDED_HEADING, added.selectFirst("h3 bdi").text());
        assertTrue(added.selectFirst("p.diff ins").text().contains(HistoryFixture.ADDED_TEXT));
        // The first has nothing before it.
        assertEquals(0, entries.get(2).select("h3").size());
        assertTrue(entries.get(2).text().contains(text(tag, "history.first")));

        // Links: the one in force to the page, the others to their own addresses, in this language.
        assertEquals(SiteClient.path(tag), entries.get(0).selectFirst("a[hreflang=fr]").attr("href"));
        assertEquals(SiteClient.historyPath(tag) + "/" + versions.get(1), entries.get(1).selectFirst("a[hreflang=fr]").attr("href"));
        assertEquals(SiteClient.historyPath(tag) + "/" + versions.get(2), entries.get(2).selectFirst("a[hreflang=fr]").attr("href"));

        assertEquals(SiteClient.BASE_URL + SiteClient.historyPath(tag), page.selectFirst("link[rel=canonical]").attr("href"));
        for (String other : SiteClient.languages()) {
            assertEquals(SiteClient.BASE_URL + SiteClient.historyPath(other),
                    page.selectFirst("link[rel=alternate][hreflang=" + other + "]").attr("href"), "hreflang " + other);
            assertEquals(SiteClient.historyPath(other) + "?switch", page.selectFirst("nav.switcher a[hreflang=" + other + "]").attr("href"));
        }
        assertNull(page.selectFirst("meta[name=robots]"), "the history is for search engines too");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.plakar.legal.it.SiteClient#languages")
    void anEarlierVersionIsServedInFullMarkedAsNoLongerInForce(String tag) {
        SiteClient client = new SiteClient(url);
        String path = SiteClient.historyPath(tag) + "/" + versions.get(2);
        HttpResponse<String> response = client.get(path);
        assertEquals(200, response.statusCode());
        Document page = html(response);
        assertEquals(tag, page.selectFirst("html").attr("lang"));
        Element notice = page.selectFirst("main .notice-superseded");
        assertNotNull(notice, "marked as no longer in force");
        assertEquals(2, notice.select("time").size(), "its date and the date it was superseded");
        assertEquals(SiteClient.path(tag), notice.selectFirst("a").attr("href"), "a link to the version in force");
        assertEquals("fr", page.selectFirst("article").attr("lang"), "the French text, the only one kept");
        assertFalse(page.selectFirst("article").text().contains(HistoryFixture.ADDED_TEXT), "as it was then");
        assertTrue(page.select("article h2").eachText().stream().noneMatch(HistoryFixture.ADDED_HEADING::equals));
        assertEquals(1, page.select("meta[name=robots][content=noindex]").size(), "not offered by search engines");
        assertTrue(response.headers().firstValue("ETag").isPresent());

        HttpResponse<String> middle = client.get(SiteClient.historyPath(tag) + "/" + versions.get(1));
        assertTrue(html(middle).selectFirst("article").text().contains(HistoryFixture.ADDED_TEXT), "the second version has the section it added");

        HttpResponse<String> current = client.get(SiteClient.historyPath(tag) + "/" + versions.get(0));
        assertEquals(302, current.statusCode(), "the version in force is the page itself");
        assertEquals(SiteClient.path(tag), current.headers().firstValue("Location").orElseThrow());
        assertEquals(404, client.get(SiteClient.historyPath(tag) + "/000000000000").statusCode());
    }

    @Test
    void theCurrentPageLinksToTheHistoryAndThePreviousVersionAndANewVersionShowsAtOnce() throws IOException {
        SiteClient client = new SiteClient(url);
        for (String tag : SiteClient.languages()) {
            Document page = html(client.get(SiteClient.path(tag)));
            Element footer = page.selectFirst("footer .updated");
            assertEquals(SiteClient.historyPath(tag), footer.selectFirst("a.history-link").attr("href"), tag);
            assertEquals(SiteClient.historyPath(tag) + "/" + versions.get(1), footer.selectFirst("a.previous-link").attr("href"), tag);
        }

        String fourth = HistoryFixture.publish(I18N, text -> text.replace(HistoryFixture.ADDED_TEXT + "\n\n", ""));
        for (String tag : SiteClient.languages()) {
            Document history = html(client.get(SiteClient.historyPath(tag)));
            List<Element> entries = history.select("section.version");
            assertEquals(fourth, entries.get(0).attr("aria-labelledby").replace("version-", ""), tag);
            assertEquals(List.of(HistoryFixture.ADDED_TEXT), entries.get(0).select("p.diff del").eachText(), tag);
            assertNotNull(entries.get(0).selectFirst(".in-force"));
            Document superseded = html(client.get(SiteClient.historyPath(tag) + "/" + versions.get(0)));
            assertNotNull(superseded.selectFirst("main .notice-superseded"), tag + ": the version in force until now has its page");
            assertEquals(SiteClient.historyPath(tag) + "/" + versions.get(0),
                    html(client.get(SiteClient.path(tag))).selectFirst("a.previous-link").attr("href"));
        }
    }

    @Test
    void theHistoryPageIsCacheableWithItsETag() {
        SiteClient client = new SiteClient(url);
        String path = SiteClient.historyPath("fr");
        HttpResponse<String> first = client.get(path);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(first.headers().firstValue("Cache-Control").orElseThrow().startsWith("public, max-age="));
        assertEquals(304, client.get(path, "If-None-Match", etag).statusCode());
        assertEquals(etag, client.get(path).headers().firstValue("ETag").orElseThrow(), "the same bytes: rendered once");
    }

    @Test
    void inChromiumAxeFindsNoViolationArabicIsMirroredAndScreenshots() throws IOException {
        ChromeDriver driver = BrowserIT.chromium("en");
        try {
            StringBuilder violations = new StringBuilder();
            Files.createDirectories(BrowserIT.SCREENSHOTS);
            for (String scheme : List.of("light", "dark")) {
                driver.executeCdpCommand("Emulation.setEmulatedMedia",
                        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
                for (String tag : SiteClient.languages()) {
                    for (String path : List.of(SiteClient.historyPath(tag), SiteClient.historyPath(tag) + "/" + versions.get(2))) {
                        driver.get(url + path.substring(1));
                        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
                        results.getViolations().forEach(rule -> violations.append(scheme).append(' ').append(path).append(": ")
                                .append(rule.getId()).append(" (").append(rule.getHelp()).append(") ").append(rule.getNodes().stream()
                                        .map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", "))).append('\n'));
                    }
                }
            }
            assertTrue(violations.isEmpty(), violations.toString());

            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "light"))));
            for (String tag : SiteClient.languages()) {
                driver.get(url + SiteClient.historyPath(tag).substring(1));
                String expected = bundle(tag, "language.direction");
                assertEquals(expected, driver.executeScript("return getComputedStyle(document.documentElement).direction"), tag);
                assertEquals("ltr", driver.executeScript("return getComputedStyle(document.querySelector('p.diff')).direction"),
                        tag + ": the French quoted left to right");
                long width = (Long) driver.executeScript("return document.documentElement.scrollWidth");
                assertTrue(width <= 1280, tag + " scrolls sideways: " + width);
            }
            for (String tag : List.of("fr", "ar")) {
                driver.manage().window().setSize(new Dimension(1280, 1600));
                driver.get(url + SiteClient.historyPath(tag).substring(1));
                save(driver, "history-" + tag + ".png");
                driver.get(url + (SiteClient.historyPath(tag) + "/" + versions.get(2)).substring(1));
                driver.manage().window().setSize(new Dimension(1280, 900));
                save(driver, "version-" + tag + ".png");
            }
        } finally {
            driver.quit();
        }
    }

    private static void save(ChromeDriver driver, String name) throws IOException {
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), BrowserIT.SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    /** A language's string, else the French one (as the site falls back). */
    private static String text(String tag, String key) {
        String value = bundle(tag, key);
        return value == null || value.isBlank() ? bundle("fr", key) : value;
    }

    private static String title(String tag) {
        return text(tag, "history.title");
    }
}
