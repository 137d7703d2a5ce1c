package io.plakar.legal.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.plakar.legal.content.LocalizedDocument;
import io.plakar.legal.content.SiteContent;
import io.plakar.legal.i18n.Language;
import io.plakar.legal.site.Site;

/** {@code /sitemap.xml}: every language's page with all its alternates, as search engines expect. */
@WebServlet("/sitemap.xml")
public class SitemapServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ActiveRequest active;

    @Inject
    private Site site;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body = sitemap(active.snapshot().content(), site.config().baseUrl()).getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/xml;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    static String sitemap(SiteContent content, String baseUrl) {
        StringBuilder alternates = new StringBuilder();
        for (Language language : content.languages()) {
            alternates.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(language.tag())
                    .append("\" href=\"").append(Html.escape(baseUrl + content.path(language.tag()))).append("\"/>\n");
        }
        alternates.append("    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"").append(Html.escape(baseUrl + "/")).append("\"/>\n");

        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        for (Language language : content.languages()) {
            LocalizedDocument document = content.document(language.tag());
            xml.append("  <url>\n    <loc>").append(Html.escape(baseUrl + content.path(language.tag()))).append("</loc>\n");
            if (document.lastmod() != null) {
                xml.append("    <lastmod>").append(document.lastmod()).append("</lastmod>\n");
            }
            xml.append(alternates).append("  </url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }
}
