package io.plakar.legal.it;

import java.util.List;

/**
 * Requests whose framing is ambiguous: each carries a second request, {@code GET /smuggled},
 * where a parser that reads the first one's framing differently from another (a proxy in front,
 * say) would take it for the next request on the connection. Each must be refused, with one
 * answer and the connection closed: never two answers. The RFC section each one checks is named.
 */
final class SmugglingProbes {

    /** The request hidden in each probe. */
    static final String SMUGGLED_PATH = "/smuggled";

    /** One probe: its name with the RFC rule, and the bytes ({@code {host}} for the server's address). */
    record Probe(String name, String raw) {

        byte[] bytes(String host) {
            return raw.replace("{host}", host).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final String HOST = "Host: {host}\r\n";
    private static final String SMUGGLED = "GET " + SMUGGLED_PATH + " HTTP/1.1\r\n" + HOST + "\r\n";
    private static final String HEAD = "GET /fr/mentions-legales HTTP/1.1\r\n" + HOST;

    private SmugglingProbes() {
    }

    static List<Probe> all() {
        return List.of(
            probe("Transfer-Encoding xchunked (RFC 9112 6.3 item 4: chunked not final)",
                    HEAD + "Transfer-Encoding: xchunked\r\n\r\n0\r\n\r\n" + SMUGGLED),
            probe("Transfer-Encoding chunked, identity (RFC 9112 6.3 item 4: chunked not final)",
                    HEAD + "Transfer-Encoding: chunked, identity\r\n\r\n0\r\n\r\n" + SMUGGLED),
            probe("Transfer-Encoding chunked and a vertical tab (RFC 9110 5.5: field value)",
                    HEAD + "Transfer-Encoding: chunked\u000b\r\n\r\n0\r\n\r\n" + SMUGGLED),
            probe("chunk size 0x0 (RFC 9112 7.1: chunk-size is 1*HEXDIG)",
                    HEAD + "Transfer-Encoding: chunked\r\n\r\n0x0\r\n\r\n" + SMUGGLED),
            probe("chunk extension ended by a bare LF (RFC 9112 7.1.1, 2.2)",
                    HEAD + "Transfer-Encoding: chunked\r\n\r\n0;ext\n\r\n" + SMUGGLED),
            probe("whitespace before the first header (RFC 9112 2.2)",
                    "GET /fr/mentions-legales HTTP/1.1\r\n Transfer-Encoding: chunked\r\n" + HOST + "Content-Length: 0\r\n\r\n" + SMUGGLED),
            probe("bare CR between two headers (RFC 9112 2.2)",
                    HEAD + "X-A: a\rTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n" + SMUGGLED),
            probe("Content-Length and Transfer-Encoding (RFC 9112 6.3 item 3, 6.1)",
                    HEAD + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n" + SMUGGLED),
            probe("two different Content-Lengths (RFC 9112 6.3 item 5)",
                    HEAD + "Content-Length: 0\r\nContent-Length: " + SMUGGLED.length() + "\r\n\r\n" + SMUGGLED),
            probe("whitespace before the colon (RFC 9112 5.1)",
                    HEAD + "Transfer-Encoding : chunked\r\n\r\n0\r\n\r\n" + SMUGGLED),
            probe("control character in a header name (RFC 9110 5.1: field-name is a token)",
                    HEAD + "Transfer\u0001Encoding: chunked\r\n\r\n0\r\n\r\n" + SMUGGLED),
            probe("HTTP/1.0 with Transfer-Encoding (RFC 9112 6.1)",
                    "GET /fr/mentions-legales HTTP/1.0\r\n" + HOST + "Connection: keep-alive\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"
                            + SMUGGLED),
            probe("a GET with a Content-Length body (the site takes no body)",
                    HEAD + "Content-Length: " + SMUGGLED.length() + "\r\n\r\n" + SMUGGLED),
            probe("a GET with a well-formed chunked body (the site takes no body)",
                    HEAD + "Transfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(SMUGGLED.length()) + "\r\n" + SMUGGLED + "\r\n0\r\n\r\n"));
    }

    private static Probe probe(String name, String raw) {
        return new Probe(name, raw);
    }
}
