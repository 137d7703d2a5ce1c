package io.plakar.legal.web;

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
import io.undertow.util.Methods;

/**
 * On WildFly, sends the rendered pages from Undertow's I/O thread, before the servlet pipeline:
 * no dispatch to a worker thread, no servlet request, no filter chain. A language page changes a
 * few times a year; serving its bytes should cost what a static file costs.
 * <p>
 * It answers only a GET or HEAD of a page the router has published ({@link PublishedPages}),
 * without query string, neither conditional on If-Modified-Since alone nor a conditional HEAD;
 * the response is the one {@link PageResponse} and {@link SecurityHeaders} give (an
 * integration test compares them). It goes through WildFly's request controller like the
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

        private static final String GET = Methods.GET_STRING;
        private static final String HEAD = Methods.HEAD_STRING;
        private static final HttpString[] SECURITY_NAMES = SecurityHeaders.ALWAYS.stream()
                .map(header -> new HttpString(header.getKey())).toArray(HttpString[]::new);
        private static final String[] SECURITY_VALUES = SecurityHeaders.ALWAYS.stream().map(Map.Entry::getValue).toArray(String[]::new);
        private static final HttpString HTTPS_ONLY = new HttpString(SecurityHeaders.HTTPS_ONLY.getKey());
        private static final HttpString X_FORWARDED_PROTO = new HttpString("X-Forwarded-Proto");
        private static final String HTML = "text/html;charset=UTF-8";

        private final HttpHandler next;
        private final PublishedPages pages;

        Handler(HttpHandler next, PublishedPages pages) {
            this.next = next;
            this.pages = pages;
        }

        @Override
        public void handleRequest(HttpServerExchange exchange) throws Exception {
            PublishedPages.Published published = servable(exchange);
            if (published == null) {
                next.handleRequest(exchange);
            } else {
                send(exchange, published);
            }
        }

        /** The published page this request asks for, if the fast path may answer it. */
        private PublishedPages.Published servable(HttpServerExchange exchange) {
            // Methods are case-sensitive (RFC 9110 9.1), HttpString's equals is not: "get" is the router's 405.
            String method = exchange.getRequestMethod().toString();
            if (!GET.equals(method) && !HEAD.equals(method) || !exchange.getQueryString().isEmpty()) {
                return null;
            }
            HeaderMap request = exchange.getRequestHeaders();
            if (request.contains(Headers.IF_MODIFIED_SINCE) && !request.contains(Headers.IF_NONE_MATCH)) {
                return null; // date parsing stays with the servlet container
            }
            if (HEAD.equals(method) && request.contains(Headers.IF_NONE_MATCH)) {
                return null; // rare; the servlet container adds Content-Length: 0 to its 304, and answers stay identical
            }
            return pages.get(exchange.getRequestURI());
        }

        /** Sends the page as {@link PageResponse} and {@link SecurityHeaders} would. */
        private static void send(HttpServerExchange exchange, PublishedPages.Published published) {
            HeaderMap request = exchange.getRequestHeaders();
            HeaderMap response = exchange.getResponseHeaders();
            putSecurityHeaders(exchange);
            RenderedPage page = published.page();
            boolean gzip = PageResponse.acceptsGzip(request.getFirst(Headers.ACCEPT_ENCODING));
            String etag = gzip ? page.gzipEtag() : page.etag();
            response.put(Headers.CACHE_CONTROL, published.cacheControl());
            response.put(Headers.ETAG, etag);
            response.put(Headers.LAST_MODIFIED, page.lastModified());
            response.put(Headers.VARY, "Accept-Encoding");
            response.put(Headers.CONTENT_LANGUAGE, page.language());
            String ifNoneMatch = request.getFirst(Headers.IF_NONE_MATCH);
            if (ifNoneMatch != null && PageResponse.matches(ifNoneMatch, etag)) {
                exchange.setStatusCode(304);
                exchange.endExchange();
                return;
            }
            byte[] body = gzip ? page.gzipped() : page.body();
            response.put(Headers.CONTENT_TYPE, HTML);
            if (gzip) {
                response.put(Headers.CONTENT_ENCODING, "gzip");
            }
            response.put(Headers.CONTENT_LENGTH, body.length);
            if (HEAD.equals(exchange.getRequestMethod().toString())) {
                exchange.endExchange();
            } else {
                exchange.getResponseSender().send(ByteBuffer.wrap(body));
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
