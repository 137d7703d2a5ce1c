package io.plakar.legal.it;

import static io.plakar.legal.it.SiteClient.bundle;
import static io.plakar.legal.it.SiteClient.html;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.ByteArrayAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A page whose rendering fails (here, a view that calls a method that does not exist): the
 * visitor gets the localized 500 page, never a stack trace nor half a page.
 */
@ExtendWith(ArquillianExtension.class)
class ErrorPageIT {

    @ArquillianResource
    private URL url;

    @Deployment(testable = false)
    static WebArchive deployment() {
        WebArchive war = SiteClient.builtWar();
        String broken = """
                <ui:composition xmlns="http://www.w3.org/1999/xhtml" xmlns:ui="jakarta.faces.facelets"
                                template="/WEB-INF/templates/layout.xhtml">
                    <ui:define name="content"><p>#{page.noSuchProperty}</p></ui:define>
                </ui:composition>
                """;
        war.delete("/WEB-INF/views/legal-notice.xhtml");
        war.add(new ByteArrayAsset(broken.getBytes(StandardCharsets.UTF_8)), "/WEB-INF/views/legal-notice.xhtml");
        return war;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"de, /de/impressum", "ar, /ar/ishaar-qanuni", "fr, /fr/mentions-legales"})
    void aFailingPageGetsTheLocalized500Page(String tag, String path) {
        HttpResponse<String> response = new SiteClient(url).get(path);
        assertEquals(500, response.statusCode());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(null));
        assertEquals(tag, response.headers().firstValue("Content-Language").orElse(null));
        Document page = html(response);
        assertEquals(tag, page.selectFirst("html").attr("lang"));
        assertEquals(bundle(tag, "error.500.title"), page.selectFirst("main h1").text());
        assertEquals(SiteClient.languages().size(), page.select("nav.switcher a").size());
        assertEquals(0, page.select("[aria-current]").size(), "the page shown is the error, not the legal notice");
        assertFalse(response.body().contains("noSuchProperty"), "no detail of the failure");
        assertEquals(List.of(), page.select("time, .updated").eachText(), "the notice's date is not the error page's");
    }
}
