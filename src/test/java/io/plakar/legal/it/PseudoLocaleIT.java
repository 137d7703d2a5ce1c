package io.plakar.legal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

import io.plakar.legal.I18nCopy;
import io.plakar.legal.content.Facts;
import io.plakar.legal.content.I18nFiles;
import io.plakar.legal.content.I18nReader;
import io.plakar.legal.content.I18nSource;
import io.plakar.legal.content.PseudoLocale;
import io.plakar.legal.i18n.Language;
import io.plakar.legal.i18n.LocalizedFormats;

/**
 * The pseudo-locales in live preview, in Debian's headless Chromium, on a phone's width and a
 * desktop's: every visible string is pseudo-localized or a fact, nothing overflows sideways or is
 * cut, and the right-to-left one is mirrored. Screenshots land with {@link BrowserIT}'s.
 */
@ExtendWith(ArquillianExtension.class)
class PseudoLocaleIT {

    private static final Path I18N = Path.of("target/pseudo-it/i18n").toAbsolutePath();
    private static final Pattern PLAIN_LETTER = Pattern.compile("[A-Za-z]");

    /** Every visible text node of the page, but the names of the other languages in the switcher. */
    private static final String VISIBLE_TEXT = """
            const texts = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
              const node = walker.currentNode;
              const text = node.textContent.trim();
              const element = node.parentElement;
              if (!text || element.closest('nav.switcher a:not([aria-current])')) continue;
              const range = document.createRange();
              range.selectNodeContents(node);
              if (range.getClientRects().length === 0 || getComputedStyle(element).visibility === 'hidden') continue;
              texts.push(text);
            }
            return texts;""";

    /**
     * What sticks out: the page wider than the viewport, a rendered element beyond its left or
     * right edge, or a block whose content is wider than its box (overflowing or cut).
     */
    private static final String OVERFLOWS = """
            const width = document.documentElement.clientWidth;
            const problems = [];
            const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className).replace(/ /g, '.') : '');
            if (document.documentElement.scrollWidth > width) problems.push('the page is ' + document.documentElement.scrollWidth + ' px wide');
            for (const element of document.body.querySelectorAll('*')) {
              const style = getComputedStyle(element);
              const box = element.getBoundingClientRect();
              if (style.visibility === 'hidden' || box.width === 0 && box.height === 0 || element.closest('.visually-hidden')) continue;
              if (box.left < -0.5 || box.right > width + 0.5) problems.push(name(element) + ' spans ' + Math.round(box.left) + ' to ' + Math.round(box.right));
              if (style.display !== 'inline' && element.clientWidth > 0 && element.scrollWidth > element.clientWidth + 1)
                problems.push(name(element) + ' holds ' + element.scrollWidth + ' px in ' + element.clientWidth);
            }
            return problems;""";

    /** Where things are, horizontally, for the mirroring. */
    private static final String GEOMETRY = """
            const box = selector => document.querySelector(selector).getBoundingClientRect();
            const h1 = document.querySelector('main h1');
            const range = document.createRange();
            range.selectNodeContents(h1);
            const rects = Array.from(range.getClientRects());
            const top = Math.min(...rects.map(r => r.top));
            const first = rects.filter(r => Math.abs(r.top - top) < 2);
            const line = {left: Math.min(...first.map(r => r.left)), right: Math.max(...first.map(r => r.right))};
            return {
              siteName: box('.site-name').left, languages: box('details.languages').left,
              h1Left: h1.getBoundingClientRect().left, h1Right: h1.getBoundingClientRect().right,
              lineLeft: line.left, lineRight: line.right,
              olLeft: box('.toc ol').left, olRight: box('.toc ol').right,
              liLeft: box('.toc li').left, liRight: box('.toc li').right,
              direction: getComputedStyle(document.documentElement).direction, textAlign: getComputedStyle(document.querySelector('main p')).textAlign
            };""";

    @ArquillianResource
    private URL url;

    private ChromeDriver driver;

    @Deployment(testable = false)
    static WebArchive deployment() {
        try {
            I18nCopy.delete(I18N);
            Files.createDirectories(I18N.getParent());
            I18nCopy.into(I18N.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return SiteClient.previewWar(I18N);
    }

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"en-xa, 360", "en-xa, 1280", "ar-xb, 360", "ar-xb, 1280"})
    void everyVisibleStringIsPseudoLocalizedOrAFactAndNothingOverflows(String tag, int width) throws IOException {
        open(tag, width);
        List<String> texts = visibleText();
        assertTrue(texts.size() > 30, "the page shows its text: " + texts);
        assertEquals(List.of(), notLocalized(texts, tag), "visible strings neither pseudo-localized nor facts");
        String all = String.join(" ", texts);
        assertEquals(all.chars().filter(c -> c == PseudoLocale.OPEN).count(), all.chars().filter(c -> c == PseudoLocale.CLOSE).count(),
                "every string shows its end");
        assertEquals(List.of(), driver.executeScript(OVERFLOWS), tag + " at " + width + " px");

        Files.createDirectories(BrowserIT.SCREENSHOTS);
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), BrowserIT.SCREENSHOTS.resolve(tag + (width < 600 ? "-narrow" : "-desktop") + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aBrowserAskingForAPseudoLocaleGetsIt() {
        SiteClient client = new SiteClient(url);
        for (PseudoLocale pseudo : PseudoLocale.ALL) {
            String tag = Locale.forLanguageTag(pseudo.tag()).toLanguageTag();
            String location = client.get("/", "Accept-Language", tag + ",en;q=0.9").headers().firstValue("Location").orElseThrow();
            assertTrue(location.startsWith("/" + pseudo.tag() + "/"), tag + " led to " + location);
            assertEquals(200, client.get(location).statusCode());
        }
        assertTrue(client.get("/", "Accept-Language", "en").headers().firstValue("Location").orElseThrow().startsWith("/en/"),
                "English is still English");
    }

    /** The check above finds the strings of a page that is not pseudo-localized: it can fail. */
    @Test
    void theCheckFindsTheFrenchStringsOfTheOriginal() throws IOException {
        driver = BrowserIT.chromium("en");
        driver.get(url + "fr/mentions-legales");
        List<String> french = notLocalized(visibleText(), "fr");
        assertTrue(french.contains("Sommaire") && french.contains("Éditeur du site"), french.toString());
    }

    @ParameterizedTest(name = "at {0} px")
    @CsvSource({"360", "1280"})
    void theRightToLeftPseudoLocaleIsMirrored(int width) throws IOException {
        open("en-xa", width);
        @SuppressWarnings("unchecked")
        Map<String, Object> ltr = (Map<String, Object>) driver.executeScript(GEOMETRY);
        open("ar-xb", width);
        assertEquals("rtl", driver.findElement(By.tagName("html")).getAttribute("dir"));
        @SuppressWarnings("unchecked")
        Map<String, Object> rtl = (Map<String, Object>) driver.executeScript(GEOMETRY);

        assertEquals("ltr", ltr.get("direction"));
        assertEquals("rtl", rtl.get("direction"));
        assertTrue(number(ltr, "siteName") < number(ltr, "languages"), "left to right, the site's name comes first, on the left: " + ltr);
        assertTrue(number(rtl, "siteName") > number(rtl, "languages"), "right to left, the site's name is on the right: " + rtl);
        assertTrue(Math.abs(number(ltr, "lineLeft") - number(ltr, "h1Left")) < 2, "the title starts at the left: " + ltr);
        assertTrue(Math.abs(number(rtl, "lineRight") - number(rtl, "h1Right")) < 2, "the title starts at the right: " + rtl);
        assertTrue(number(ltr, "liLeft") - number(ltr, "olLeft") > 10, "the contents' numbers are on the left: " + ltr);
        assertTrue(number(rtl, "olRight") - number(rtl, "liRight") > 10, "the contents' numbers are on the right: " + rtl);
        assertTrue(List.of("start", "right").contains(rtl.get("textAlign")), "paragraphs start on the right: " + rtl.get("textAlign"));
    }

    private void open(String tag, int width) throws IOException {
        if (driver == null) {
            driver = BrowserIT.chromium("en");
        }
        driver.manage().window().setSize(new Dimension(width, 900));
        String path = new SiteClient(url).get("/" + tag).headers().firstValue("Location").orElseThrow();
        driver.get(url + path.substring(1));
        assertEquals(tag, driver.findElement(By.tagName("html")).getAttribute("lang"));
    }

    @SuppressWarnings("unchecked")
    private List<String> visibleText() {
        return (List<String>) driver.executeScript(VISIBLE_TEXT);
    }

    /**
     * The strings that still hold a plain letter once the facts are taken out, as written and as
     * the language formats them: an interface or document string that was not pseudo-localized.
     */
    private static List<String> notLocalized(List<String> texts, String tag) {
        I18nFiles files = I18nReader.read(PseudoLocale.over(I18nSource.directory(I18N)));
        Language language = files.languages().stream().filter(candidate -> candidate.tag().equals(tag)).findFirst().orElseThrow();
        Facts facts = files.facts();
        List<String> allowed = new ArrayList<>();
        for (String name : facts.values().keySet()) {
            allowed.add(facts.values().get(name));
            allowed.add(facts.format(name, language.formatTag()));
        }
        allowed.add(LocalizedFormats.date(files.original().lastmod(), language.formatTag()));
        allowed.sort(Comparator.comparingInt(String::length).reversed());
        List<String> left = new ArrayList<>();
        for (String text : texts) {
            String rest = text;
            for (String fact : allowed) {
                rest = rest.replace(fact, " ");
            }
            if (PLAIN_LETTER.matcher(rest).find()) {
                left.add(text);
            }
        }
        assertFalse(allowed.isEmpty());
        return left;
    }

    private static double number(Map<String, Object> geometry, String key) {
        return ((Number) geometry.get(key)).doubleValue();
    }
}
