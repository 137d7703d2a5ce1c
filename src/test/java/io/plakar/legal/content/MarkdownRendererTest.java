package io.plakar.legal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.plakar.legal.content.MarkdownRenderer.Heading;
import io.plakar.legal.content.MarkdownRenderer.Rendered;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void givesHeadingsIdsAndListsThem() {
        Rendered rendered = renderer.render("## Éditeur du site\n\nx\n\n### Détails\n");
        assertTrue(rendered.html().contains("<h2 id=\"éditeur-du-site\">Éditeur du site</h2>"), rendered.html());
        assertEquals(List.of(new Heading(2, "éditeur-du-site", "Éditeur du site", 1), new Heading(3, "détails", "Détails", 5)), rendered.headings());
    }

    @Test
    void escapesRawHtmlBlocksAndInlineHtml() {
        String html = renderer.render("<script>alert(1)</script>\n\nA <b onmouseover=\"alert(1)\">bold</b> <img src=x onerror=alert(1)> move\n").html();
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<b "), html);
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertTrue(html.contains("&lt;b onmouseover=&quot;alert(1)&quot;&gt;"), html);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://plakar.io/privacy-policy/",
        "http://example.com/a?b=c#d",
        "mailto:help@plakar.io",
        "/fr/mentions-legales",
        "../other",
        "#cookies",
        "page?x=1",
    })
    void keepsHttpMailtoAndRelativeLinks(String url) {
        String html = renderer.render("[here](" + url + ")").html();
        assertTrue(html.contains("<a href=\""), html);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "//evil.example/",
        "/\\\\evil.example/",
        "ftp://example.com/",
        "file:///etc/passwd",
        "java%0ascript:alert(1)",
    })
    void dropsEveryOtherLinkTarget(String url) {
        String html = renderer.render("[here](" + url + ") and <" + url + ">").html();
        assertFalse(html.contains("href="), html);
        assertTrue(html.contains("here"), html);
    }

    @Test
    void dropsReferenceLinksToUnsafeTargets() {
        String html = renderer.render("[here][x]\n\n[x]: javascript:alert(1)\n").html();
        assertFalse(html.contains("href="), html);
    }

    @Test
    void dropsImagesFromOtherSites() {
        String html = renderer.render("![tracker](https://evil.example/pixel.gif) ![js](javascript:alert(1))").html();
        assertFalse(html.contains("src="), html);
    }

    /** A link whose text is its address is marked, so that print does not write the address twice. */
    @Test
    void linksAutolinksAndEmailAddressesAndMarksThem() {
        String html = renderer.render("<https://plakar.io/> <help@plakar.io>").html();
        assertTrue(html.contains("<a href=\"https://plakar.io/\" class=\"autolink\">https://plakar.io/</a>"), html);
        assertTrue(html.contains("<a href=\"mailto:help@plakar.io\" class=\"autolink\">help@plakar.io</a>"), html);
    }

    @Test
    void leavesLinksWithTheirOwnTextUnmarked() {
        String html = renderer.render("[our policy](https://plakar.io/privacy-policy/) [write](mailto:help@plakar.io)").html();
        assertTrue(html.contains("<a href=\"https://plakar.io/privacy-policy/\">our policy</a>"), html);
        assertTrue(html.contains("<a href=\"mailto:help@plakar.io\">write</a>"), html);
    }
}
