package io.plakar.legal.undertow;

import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.servlet.ServletContext;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.HeaderMap;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;

import io.plakar.legal.http.PageResponse;
import io.plakar.legal.http.PublishedPages;
import io.plakar.legal.http.RequestBody;
import io.plakar.legal.http.SecurityHeaders;
import io.plakar.legal.site.RenderedPage;
import io.plakar.legal.site.ShutdownSignal;

/**
 * On WildFly, sends the rendered pages from Undertow's I/O thread, before the servlet pipeline:
 * no dispatch to a worker thread, no servlet request, no filter chain. A language page changes a
 * few times a year; serving its bytes should cost what a static file costs.
 * <p>
 * It answers only a GET or HEAD of a page the served snapshot has rendered ({@link PublishedPages}),
 * without query string, and not a conditional HEAD; the answer is the one {@link PageResponse}
 * decides, with the headers of {@link SecurityHeaders}, as the router writes it (an integration
 * test compares both). It goes through WildFly's request controller like the
 * servlets, so a suspended server answers 503 here too.
 * Every other request goes on to the servlets unchanged. Registered as an Undertow servlet
 * extension ({@code META-INF/services}); other servers never load this class.
 */
public final class UndertowFastPath implements ServletExtension {

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        PublishedPages pages = new PublishedPages();
        context.setAttribute(PublishedPages.ATTRIBUTE, pages);
        // First in the list is innermost: the fast path runs after the server's own initial
        // handlers, WildFly's request controller among them (a suspended server answers 503,
        // and the requests in flight are counted and awaited), just before the servlets.
        deployment.getInitialHandlerChainWrappers().add(0, next -> new Handler(next, pages));
        // Last in the list is outermost: a request that announces a body is refused before
        // the request controller, the fast path or a servlet can look at it.
        deployment.getInitialHandlerChainWrappers().add(BodyRefusal::new);
    }

    /**
     * Refuses a request that announces a body ({@link RequestBody}) with 400, and closes the
     * connection after the answer, so that no byte after the request's head is ever read.
     */
    static final class BodyRefusal implements HttpHandler {

        private final HttpHandler next;

        BodyRefusal(HttpHandler next) {
            this.next = next;
        }

        @Override
        public void handleRequest(HttpServerExchange exchange) throws Exception {
            HeaderMap request = exchange.getRequestHeaders();
            if (!RequestBody.announced(headerValues(request, Headers.TRANSFER_ENCODING), headerValues(request, Headers.CONTENT_LENGTH))) {
                next.handleRequest(exchange);
                return;
            }
            exchange.setPersistent(false);
            exchange.setStatusCode(400);
            HeaderMap response = exchange.getResponseHeaders();
            Handler.putSecurityHeaders(exchange);
            response.put(Headers.CONNECTION, "close");
            response.put(Headers.CACHE_CONTROL, "no-store");
            response.put(Headers.CONTENT_TYPE, RequestBody.REFUSED_TYPE);
            response.put(Headers.CONTENT_LENGTH, RequestBody.REFUSED.length);
            exchange.getResponseSender().send(ByteBuffer.wrap(RequestBody.REFUSED));
        }

        private static Collection<String> headerValues(HeaderMap headers, HttpString name) {
            HeaderValues values = headers.get(name);
            return values == null ? List.of() : values;
        }
    }

    /** Takes the requests the fast path answers and sends their page; hands the others on. */
    static final class Handler implements HttpHandler {

        private static final HttpString[] SECURITY_NAMES = SecurityHeaders.ALWAYS.stream()
                .map(header -> new HttpString(header.getKey())).toArray(HttpString[]::new);
        private static final String[] SECURITY_VALUES = SecurityHeaders.ALWAYS.stream().map(Map.Entry::getValue).toArray(String[]::new);
        private static final HttpString HTTPS_ONLY = new HttpString(SecurityHeaders.HTTPS_ONLY.getKey());
        private static final HttpString X_FORWARDED_PROTO = new HttpString("X-Forwarded-Proto");

        private final HttpHandler next;
        private final PublishedPages pages;

        Handler(HttpHandler next, PublishedPages pages) {
            this.next = next;
            this.pages = pages;
        }

        @Override
        public void handleRequest(HttpServerExchange exchange) throws Exception {
            // Draining (ShutdownSignal): the router answers 503.
            RenderedPage page = ShutdownSignal.isStopping() ? null : servable(exchange);
            if (page == null) {
                next.handleRequest(exchange);
            } else {
                send(exchange, page, pages.cacheControl());
            }
        }

        /** The published page this request asks for, if the fast path may answer it. */
        private RenderedPage servable(HttpServerExchange exchange) {
            HeaderMap request = exchange.getRequestHeaders();
            return pages.servable(exchange.getRequestMethod().toString(), exchange.getRequestURI(), exchange.getQueryString(),
                    request.contains(Headers.IF_NONE_MATCH) || request.contains(Headers.IF_MODIFIED_SINCE));
        }

        /** Writes what {@link PageResponse} decided, with the headers of {@link SecurityHeaders}. */
        private static void send(HttpServerExchange exchange, RenderedPage page, String cacheControl) {
            HeaderMap request = exchange.getRequestHeaders();
            PageResponse.Answer answer = PageResponse.answer(new PageResponse.Request(exchange.getRequestMethod().toString(),
                    request.getFirst(Headers.ACCEPT_ENCODING), request.getFirst(Headers.IF_NONE_MATCH),
                    request.getFirst(Headers.IF_MODIFIED_SINCE)), page, cacheControl);
            putSecurityHeaders(exchange);
            exchange.setStatusCode(answer.status());
            HeaderMap response = exchange.getResponseHeaders();
            answer.headers().forEach(header -> response.put(HttpString.tryFromString(header.getKey()), header.getValue()));
            if (answer.body() == null) {
                exchange.endExchange();
            } else {
                exchange.getResponseSender().send(ByteBuffer.wrap(answer.body()));
            }
        }

        /** The headers {@link SecurityHeaders} sets on the application's responses. */
        static void putSecurityHeaders(HttpServerExchange exchange) {
            HeaderMap response = exchange.getResponseHeaders();
            for (int i = 0; i < SECURITY_NAMES.length; i++) {
                response.put(SECURITY_NAMES[i], SECURITY_VALUES[i]);
            }
            if (SecurityHeaders.overHttps(exchange.isSecure(), exchange.getRequestHeaders().getFirst(X_FORWARDED_PROTO))) {
                response.put(HTTPS_ONLY, SecurityHeaders.HTTPS_ONLY.getValue());
            }
        }
    }
}
