package io.plakar.legal.http;

import java.nio.charset.StandardCharsets;
import java.util.Collection;

import io.plakar.legal.undertow.UndertowFastPath;

/**
 * The site takes no request body: it answers GET and HEAD, and neither needs one. A request that
 * announces a body in any way is refused with 400 and its connection closed, before anything
 * reads what follows the head. Whatever the announced framing (a transfer coding this server
 * or a proxy in front would read differently, two lengths, a chunk size written oddly), the
 * bytes after the head are then never taken for a body or for a next request: no request can be
 * smuggled inside another one (RFC 9112 sections 6.1, 6.3 and 11.2).
 * <p>
 * One decision, two writers: the servlet filter {@link Router} on every server, and, on WildFly,
 * {@link UndertowFastPath.BodyRefusal} in front of the deployment.
 */
public final class RequestBody {

    /** The text of the refusal. */
    public static final byte[] REFUSED = "400 Bad Request: this site takes no request body.\n".getBytes(StandardCharsets.US_ASCII);
    public static final String REFUSED_TYPE = "text/plain;charset=US-ASCII";

    private RequestBody() {
    }

    /**
     * Whether a request with these header values carries, or may carry, a body: any
     * {@code Transfer-Encoding} (even empty), more than one {@code Content-Length}, or one that
     * is not zero.
     */
    public static boolean announced(Collection<String> transferEncodings, Collection<String> contentLengths) {
        if (!transferEncodings.isEmpty() || contentLengths.size() > 1) {
            return true;
        }
        return contentLengths.stream().anyMatch(length -> !length.strip().matches("0+"));
    }
}
