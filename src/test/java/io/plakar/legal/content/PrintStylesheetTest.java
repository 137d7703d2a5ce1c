package io.plakar.legal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The print stylesheet writes a link's address after it, except after the links the renderer
 * marks as written as their own address ({@link AutoLinks}), which would print it twice.
 */
class PrintStylesheetTest {

    private static final Path STYLESHEET = Path.of("src/main/webapp/resources/site/site.css");
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)}");

    @Test
    void printsTheAddressAfterLinksButNotAfterAutolinks() throws IOException {
        List<String> selectors = new ArrayList<>();
        Matcher rule = RULE.matcher(printBlock(Files.readString(STYLESHEET)));
        while (rule.find()) {
            if (rule.group(2).contains("attr(href)")) {
                for (String selector : rule.group(1).replaceAll("/\\*.*?\\*/", "").split(",")) {
                    selectors.add(selector.strip());
                }
            }
        }
        assertFalse(selectors.isEmpty(), "print writes links' addresses");
        assertTrue(selectors.stream().anyMatch(selector -> selector.contains("a[href^=\"http\"]")), selectors.toString());
        selectors.forEach(selector -> assertTrue(selector.contains(":not(." + AutoLinks.CLASS + ")"),
                selector + " would print an autolink's address twice"));
    }

    @Test
    void theRendererMarksExactlyTheLinksWhoseTextIsTheirAddress() {
        String html = new MarkdownRenderer().render("<https://plakar.io/> [Plakar](https://plakar.io/) <help@plakar.io>").html();
        Matcher link = Pattern.compile("<a href=\"([^\"]+)\"( class=\"autolink\")?>([^<]+)</a>").matcher(html);
        int links = 0;
        while (link.find()) {
            links++;
            boolean ownAddress = link.group(1).equals(link.group(3)) || link.group(1).equals("mailto:" + link.group(3));
            assertEquals(ownAddress, link.group(2) != null, link.group());
        }
        assertEquals(3, links, html);
    }

    /** The content of the {@code @media print} block. */
    private static String printBlock(String css) {
        int start = css.indexOf("@media print");
        assertTrue(start >= 0, "the stylesheet has print styles");
        int open = css.indexOf('{', start);
        int depth = 0;
        for (int i = open; i < css.length(); i++) {
            depth += css.charAt(i) == '{' ? 1 : css.charAt(i) == '}' ? -1 : 0;
            if (depth == 0) {
                return css.substring(open + 1, i);
            }
        }
        throw new AssertionError("the print block is not closed");
    }
}
