package io.plakar.legal.http;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.plakar.legal.site.Site;

/** {@code /robots.txt}: everything may be crawled; the sitemap lists the pages. */
@WebServlet("/robots.txt")
public class RobotsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private Site site;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("User-agent: *\nAllow: /\n\nSitemap: " + site.config().baseUrl() + "/sitemap.xml\n");
    }
}
