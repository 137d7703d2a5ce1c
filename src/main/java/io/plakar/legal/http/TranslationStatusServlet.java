package io.plakar.legal.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.plakar.legal.check.LanguageStatus;
import io.plakar.legal.check.Report;
import io.plakar.legal.content.Problem;
import io.plakar.legal.site.Site;

/**
 * {@code /translations}: the translators' status report, the same as the check prints, for
 * the content being served. Linked from nowhere public and kept out of search engines.
 */
@WebServlet(TranslationStatusServlet.PATH)
public class TranslationStatusServlet extends HttpServlet {

    static final String PATH = "/translations";

    private static final long serialVersionUID = 1L;

    @Inject
    private ActiveRequest active;

    @Inject
    private Site site;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body = page(active.snapshot().report(), site.isPreview()).getBytes(StandardCharsets.UTF_8);
        response.setHeader("X-Robots-Tag", "noindex");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    static String page(Report report, boolean preview) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\">")
                .append("<meta name=\"robots\" content=\"noindex\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Translations</title></head><body><main>\n<h1>Translations</h1>\n")
                .append("<p>").append(report.errors()).append(" errors, ").append(report.warnings()).append(" warnings")
                .append(preview ? " in the i18n/ folder being previewed." : " in the i18n/ files of this build.").append("</p>\n")
                .append("<table><thead><tr><th scope=\"col\">Language</th><th scope=\"col\">Strings translated</th>")
                .append("<th scope=\"col\">Document</th><th scope=\"col\">Errors</th><th scope=\"col\">Warnings</th></tr></thead><tbody>\n");
        for (LanguageStatus status : report.languages()) {
            html.append("<tr id=\"").append(status.tag()).append("\"><th scope=\"row\">").append(status.tag()).append("</th><td>")
                    .append(status.percent()).append("% (").append(status.translated()).append('/').append(status.total()).append(")</td><td>")
                    .append(status.document()).append("</td><td>").append(status.errors()).append("</td><td>")
                    .append(status.warnings()).append("</td></tr>\n");
        }
        html.append("</tbody></table>\n");
        if (!report.problems().isEmpty()) {
            html.append("<h2>Problems</h2>\n<ul>\n");
            for (Problem problem : report.problems()) {
                html.append("<li class=\"").append(problem.severity()).append("\"><code>").append(Html.escape(problem.toString()))
                        .append("</code></li>\n");
            }
            html.append("</ul>\n");
        }
        return html.append("</main></body></html>\n").toString();
    }
}
