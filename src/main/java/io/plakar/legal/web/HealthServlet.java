package io.plakar.legal.web;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;


/**
 * {@code /health}, for orchestrators and load balancers: 200 {@code ready} once the content is
 * loaded (it is loaded when the application starts, so the application answers nothing before).
 * While live preview holds a broken edit, the router answers 503 before this servlet.
 */
@WebServlet(HealthServlet.PATH)
public class HealthServlet extends HttpServlet {

    static final String PATH = "/health";

    private static final long serialVersionUID = 1L;

    @Inject
    private ActiveRequest active;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean ready = active.routed();
        response.setStatus(ready ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(ready ? "ready\n" : "not ready\n");
    }
}
