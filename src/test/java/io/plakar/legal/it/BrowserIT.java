package io.plakar.legal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * The site in a real browser: Debian's Chromium, headless, driven by Selenium through Debian's
 * chromedriver (no browser or driver is downloaded). Language negotiation, the switcher, the
 * writing direction, a clean console, screenshots of every page, and axe-core's WCAG 2.1 AA
 * rules in both colour schemes (the language pages and their history pages; the history with
 * several versions, and the earlier versions' pages, in {@link HistoryIT}).
 */
@ExtendWith(ArquillianExtension.class)
class BrowserIT {

    static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final Path PROFILES = Path.of("target/chromium").toAbsolutePath();
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @ArquillianResource
    private URL url;

    private ChromeDriver driver;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SiteClient.builtWar();
    }

    private ChromeDriver browser(String languages) throws IOException {
        driver = chromium(languages);
        return driver;
    }

    /** A headless Chromium, 1280 × 900, whose browser languages are the given Accept-Language list. */
    static ChromeDriver chromium(String languages) throws IOException {
        Path profile = Files.createDirectories(PROFILES.resolve("profile-" + System.nanoTime()));
        ChromeOptions options = new ChromeOptions()
                .setBinary("/usr/bin/chromium")
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                        "--disable-quic", "--lang=" + languages.split(",")[0], "--user-data-dir=" + profile,
                        "--window-size=1280,900")
                .setExperimentalOption("prefs", Map.of("intl.accept_languages", languages));
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .withEnvironment(Map.of("HOME", profile.toString(), "XDG_CONFIG_HOME", profile.resolve("config").toString(),
                        "XDG_CACHE_HOME", profile.resolve("cache").toString()))
                .build();
        ChromeDriver chromium = new ChromeDriver(service, options);
        chromium.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return chromium;
    }

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    @ParameterizedTest(name = "browser in {0} lands on {1}")
    @CsvSource(delimiter = '|', value = {
        "de-DE,de,en  | /de/impressum",
        "ar,en        | /ar/ishaar-qanuni",
        "ja,zh        | /fr/mentions-legales",
        "nl-BE,fr     | /nl/juridische-informatie",
    })
    void aBrowserLandsOnItsLanguage(String languages, String page) throws IOException {
        browser(languages).get(url + "");
        assertEquals(url.toString().replaceAll("/$", "") + page, driver.getCurrentUrl());
    }

    @Test
    void theSwitcherGoesToEveryLanguageAndBackAndTheRootRemembersTheChoice() throws IOException {
        browser("fr").get(url + "fr/mentions-legales");
        for (String path : LanguagePagesIT.PAGES.values()) {
            String tag = path.split("/")[1];
            choose(tag);
            assertTrue(driver.getCurrentUrl().endsWith(path), driver.getCurrentUrl());
            assertEquals(tag, driver.findElement(By.tagName("html")).getAttribute("lang"));
            assertEquals(SiteClient.sections(tag).size() + 1, driver.findElements(By.cssSelector("article h2")).size(),
                    "the same document: its sections and the contents");
            choose("fr");
            assertTrue(driver.getCurrentUrl().endsWith("/fr/mentions-legales"), driver.getCurrentUrl());
        }
        choose("nl");
        driver.get(url + "");
        assertTrue(driver.getCurrentUrl().endsWith("/nl/juridische-informatie"), "the root honours the choice: " + driver.getCurrentUrl());
    }

    @Test
    void theBrowserLaysOutArabicRightToLeftAndTheOthersLeftToRight() throws IOException {
        browser("en");
        LanguagePagesIT.PAGES.forEach((tag, path) -> {
            driver.get(url + path.substring(1));
            Object direction = driver.executeScript("return getComputedStyle(document.documentElement).direction");
            assertEquals(tag.equals("ar") ? "rtl" : "ltr", direction, tag);
        });
        driver.get(url + "ar/ishaar-qanuni");
        WebElement phone = driver.findElements(By.cssSelector("article bdi")).stream()
                .filter(element -> element.getText().equals(SiteClient.fact("host.phone"))).findFirst().orElseThrow();
        assertEquals("ltr", ((JavascriptExecutor) driver).executeScript("return getComputedStyle(arguments[0]).direction", phone),
                "an isolated left-to-right token keeps its order");
    }

    @Test
    void theConsoleShowsNoErrorAndNoPolicyViolation() throws IOException {
        browser("en");
        for (String path : List.of("/", "/fr/mentions-legales", "/ar/ishaar-qanuni", "/de/impressum", "/nope")) {
            driver.get(url + path.substring(1));
            List<LogEntry> entries = driver.manage().logs().get(LogType.BROWSER).getAll();
            List<String> problems = entries.stream()
                    .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue() || entry.getMessage().contains("Content Security Policy"))
                    .filter(entry -> !(path.equals("/nope") && entry.getMessage().contains("404")))
                    .map(LogEntry::getMessage).toList();
            assertEquals(List.of(), problems, path);
        }
    }

    /**
     * Each entry of the contents has its number beside its first line, also when it wraps, on
     * every page at 1280 and 360 pixels. The number is the list marker, which sits on the
     * baseline of the item's first line box: a probe, an empty inline element put at the start
     * of the item, sits on that baseline too, and must fall within the link's first line. The
     * first entry is lengthened so that at least one entry wraps whatever the headings say.
     */
    @Test
    void aWrappedContentsEntryHasItsNumberBesideItsFirstLine() throws IOException {
        browser("en");
        String script = """
                const entries = document.querySelectorAll('nav.toc li');
                const first = entries[0].querySelector('a');
                first.textContent = first.textContent + ' ' + first.textContent + ' ' + first.textContent + ' ' + first.textContent;
                const found = [];
                let wrapped = 0;
                entries.forEach((entry, index) => {
                    const probe = document.createElement('span');
                    probe.textContent = '\u200b';
                    entry.insertBefore(probe, entry.firstChild);
                    const marker = probe.getBoundingClientRect();
                    const range = document.createRange();
                    range.selectNodeContents(entry.querySelector('a'));
                    const lines = Array.from(range.getClientRects()).filter(rect => rect.height > 0);
                    const tops = new Set(lines.map(rect => Math.round(rect.top)));
                    if (tops.size > 1) wrapped++;
                    const line = lines.reduce((a, b) => (b.top < a.top ? b : a));
                    const middle = (marker.top + marker.bottom) / 2;
                    if (middle < line.top || middle > line.bottom) {
                        found.push((index + 1) + ' (' + tops.size + ' lines): number at ' + Math.round(middle)
                                + ', first line from ' + Math.round(line.top) + ' to ' + Math.round(line.bottom));
                    }
                    probe.remove();
                });
                return [wrapped, found.join('; ')];
                """;
        for (int width : List.of(1280, 360)) {
            driver.manage().window().setSize(new Dimension(width, 900));
            for (String path : LanguagePagesIT.PAGES.values()) {
                driver.get(url + path.substring(1));
                List<?> result = (List<?>) driver.executeScript(script);
                assertTrue(((Number) result.get(0)).intValue() > 0, path + " at " + width + " px: the lengthened entry wraps");
                assertEquals("", result.get(1), path + " at " + width + " px: entries whose number is not beside their first line");
            }
        }
    }

    @Test
    void screenshotsOfEveryPageOnDesktopAndNarrowScreens() throws IOException {
        browser("en");
        Files.createDirectories(SCREENSHOTS);
        for (Map.Entry<String, String> page : LanguagePagesIT.PAGES.entrySet()) {
            driver.get(url + page.getValue().substring(1));
            driver.manage().window().setSize(new Dimension(1280, 900));
            save(page.getKey() + "-desktop.png");
            driver.manage().window().setSize(new Dimension(360, 780));
            List<WebElement> links = driver.findElements(By.cssSelector("nav.switcher a"));
            assertTrue(links.stream().noneMatch(WebElement::isDisplayed), "the switcher is folded on a narrow screen");
            long width = (Long) driver.executeScript("return document.documentElement.scrollWidth");
            assertTrue(width <= 360, page.getKey() + " scrolls sideways at 360 px: " + width);
            save(page.getKey() + "-narrow.png");
            driver.findElement(By.cssSelector("details.languages summary")).click();
            assertTrue(links.stream().allMatch(WebElement::isDisplayed), "the switcher unfolds without JavaScript");
        }
    }

    @Test
    void axeFindsNoWcag21AaViolationOnAnyPageInEitherColourScheme() throws IOException {
        browser("en");
        StringBuilder violations = new StringBuilder();
        for (String scheme : List.of("light", "dark")) {
            driver.executeCdpCommand("Emulation.setEmulatedMedia",
                    Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
            List<String> paths = new java.util.ArrayList<>(LanguagePagesIT.PAGES.values());
            SiteClient.languages().forEach(tag -> paths.add(SiteClient.historyPath(tag))); // earlier versions: HistoryIT
            for (String path : paths) {
                driver.get(url + path.substring(1));
                Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
                for (Rule rule : results.getViolations()) {
                    violations.append(scheme).append(' ').append(path).append(": ").append(rule.getId()).append(" (")
                            .append(rule.getHelp()).append(") ").append(rule.getNodes().stream()
                                    .map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", "))).append('\n');
                }
            }
        }
        assertTrue(violations.isEmpty(), violations.toString());
    }

    private void choose(String tag) {
        driver.findElement(By.cssSelector("details.languages summary")).click();
        driver.findElement(By.cssSelector("nav.switcher a[hreflang='" + tag + "']")).click();
    }

    private void save(String name) throws IOException {
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
