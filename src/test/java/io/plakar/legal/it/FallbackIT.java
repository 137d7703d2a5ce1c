package io.plakar.legal.it;

import static io.plakar.legal.it.SiteClient.bundle;
import static io.plakar.legal.it.SiteClient.html;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.ByteArrayAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A Dutch translation in progress: no document yet, and a bundle missing a string. The
 * server's default locale is German (arquillian.xml), so a fallback through the JVM's locale
 * would show German; the page must show French.
 */
@ExtendWith(ArquillianExtension.class)
class FallbackIT {

    private static final String DUTCH_BUNDLE = "/WEB-INF/i18n/messages/nl.properties";

    @ArquillianResource
    private URL url;

    @Deployment(testable = false)
    static WebArchive deployment() {
        WebArchive war = SiteClient.builtWar();
        war.delete("/WEB-INF/i18n/content/legal-notice.nl.md");
        String dutch;
        try {
            dutch = Files.readAllLines(Path.of("i18n/messages/nl.properties"), StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.startsWith("skip.link")).collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        war.delete(DUTCH_BUNDLE);
        war.add(new ByteArrayAsset(dutch.getBytes(StandardCharsets.UTF_8)), DUTCH_BUNDLE);
        return war;
    }

    @Test
    void aMissingStringShowsTheFrenchOneNotTheServersLocale() {
        Document page = html(new SiteClient(url).get("/nl/mentions-legales"));
        assertEquals("Aller au contenu", page.selectFirst("a.skip-link").text());
        assertEquals(bundle("nl", "switcher.label"), page.selectFirst("nav.switcher").attr("aria-label"));
    }

    @Test
    void aLanguageWithoutItsDocumentShowsTheFrenchTextWithANotice() {
        HttpResponse<String> response = new SiteClient(url).get("/nl/mentions-legales");
        assertEquals(200, response.statusCode());
        Document page = html(response);
        assertEquals("nl", page.selectFirst("html").attr("lang"));
        Element article = page.selectFirst("main article");
        assertEquals("fr", article.attr("lang"));
        assertEquals("Mentions légales", article.selectFirst("h1").text());
        Element notice = page.selectFirst("main .notice");
        assertNotNull(notice);
        assertEquals(bundle("nl", "notice.untranslated"), notice.text());
        assertNull(notice.selectFirst("a"), "no 'translation provided for convenience' notice: there is no translation");
    }

    @Test
    void theLanguageKeepsItsUrlsWithTheFrenchSlug() {
        SiteClient client = new SiteClient(url);
        assertEquals("/nl/mentions-legales", client.get("/nl").headers().firstValue("Location").orElseThrow());
        assertEquals("/nl/mentions-legales", client.get("/nl/juridische-informatie").headers().firstValue("Location").orElseThrow());
        Document french = html(client.get("/fr/mentions-legales"));
        assertEquals("/nl/mentions-legales?switch", french.selectFirst("nav.switcher a[hreflang=nl]").attr("href"));
    }
}
