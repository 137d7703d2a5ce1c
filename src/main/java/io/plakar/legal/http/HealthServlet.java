package io.plakar.legal.http;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.plakar.legal.site.ShutdownSignal;


/**
 * {@code /health}, for orchestrators and load balancers: 200 {@code ready} once the content is
 * loaded (it is loaded when the application starts, so the application answers nothing before),
 * 503 {@code stopping} from the moment the process begins to shut down ({@link ShutdownSignal}),
 * so that a balancer stops sending requests while those in flight complete (the router answers
 * so before this servlet; the check here keeps the servlet right on its own). While live preview
 * holds a broken edit, the router answers 503 before this servlet.
 */
@WebServlet(HealthServlet.PATH)
public class HealthServlet extends HttpServlet {

    static final String PATH = "/health";

    private static final long serialVersionUID = 1L;

    @Inject
    private ActiveRequest active;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String state = ShutdownSignal.isStopping() ? "stopping" : active.routed() ? "ready" : "not ready";
        response.setStatus(state.equals("ready") ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(state + "\n");
    }
}
