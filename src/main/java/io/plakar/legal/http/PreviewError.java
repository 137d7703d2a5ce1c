package io.plakar.legal.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import io.plakar.legal.content.ContentException;
import io.plakar.legal.content.Problem;

/**
 * The answer to every request while a translator's edit breaks {@code i18n/} in live preview:
 * a 503 that lists every error with the file and line to fix. Production never gets here: there, a broken
 * {@code i18n/} stops the deployment.
 */
final class PreviewError {

    private PreviewError() {
    }

    static void send(HttpServletResponse response, ContentException e) throws IOException {
        StringBuilder problems = new StringBuilder();
        for (Problem problem : e.problems()) {
            problems.append("<li><code>").append(Html.escape(ContentException.describe(problem))).append("</code></li>");
        }
        byte[] body = ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\"><title>i18n/ needs a fix</title></head>"
                + "<body><h1>i18n/ needs a fix</h1><ul>" + problems + "</ul>"
                + "<p>Fix the file and refresh this page.</p></body></html>\n").getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Retry-After", "1");
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
