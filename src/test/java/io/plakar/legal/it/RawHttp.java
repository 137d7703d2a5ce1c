package io.plakar.legal.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP/1.1 by hand over a socket, for requests no well-behaved client would send: raw bytes in
 * the request line, malformed headers, odd methods. Always {@code Connection: close}.
 */
final class RawHttp {

    /** The status line of a response, wherever it starts a line of a response stream. */
    private static final Pattern STATUS_LINE = Pattern.compile("(?m)^HTTP/1\\.[01] (\\d{3}) ");

    /** A response: status, header lines as received, and the body as ISO-8859-1 text (bytes preserved). */
    record Response(int status, List<String[]> headers, String body) {

        List<String> headers(String name) {
            return headers.stream().filter(header -> header[0].equalsIgnoreCase(name)).map(header -> header[1]).toList();
        }

        String header(String name) {
            List<String> values = headers(name);
            return values.isEmpty() ? null : values.get(0);
        }

        String head() {
            StringBuilder text = new StringBuilder("HTTP " + status + "\n");
            headers.forEach(header -> text.append(header[0]).append(": ").append(header[1]).append('\n'));
            return text.toString();
        }
    }

    private RawHttp() {
    }

    /** Sends the request bytes as given (the caller writes the whole head, CRLFs included). */
    static Response send(URL server, byte[] request) {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A request with the given method, target and extra header lines, closing the connection. */
    static Response send(URL server, String method, String target, String... headerLines) {
        StringBuilder request = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: ").append(server.getHost()).append(':').append(server.getPort()).append("\r\n");
        for (String line : headerLines) {
            request.append(line).append("\r\n");
        }
        request.append("Connection: close\r\n\r\n");
        return send(server, request.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Everything a server sends back on one connection for these bytes, until it closes the
     * connection or stays silent for the given time: the status of each response in the stream
     * (a pipelined or smuggled request gets its own), and whether the server closed the
     * connection.
     */
    record Exchange(List<Integer> statuses, boolean closed, String text) {
    }

    static Exchange exchange(String host, int port, byte[] request, int silenceMillis) {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(silenceMillis);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            boolean closed = false;
            byte[] buffer = new byte[8192];
            try {
                for (int read; (read = socket.getInputStream().read(buffer)) != -1;) {
                    bytes.write(buffer, 0, read);
                }
                closed = true;
            } catch (SocketTimeoutException e) {
                // still open after the silence
            } catch (java.net.SocketException e) {
                closed = true; // reset by the server
            }
            String text = bytes.toString(StandardCharsets.ISO_8859_1);
            List<Integer> statuses = new ArrayList<>();
            Matcher status = STATUS_LINE.matcher(text);
            while (status.find()) {
                statuses.add(Integer.parseInt(status.group(1)));
            }
            return new Exchange(statuses, closed, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int read; (read = in.read(buffer)) != -1;) {
                bytes.write(buffer, 0, read);
            }
        } catch (SocketTimeoutException | java.net.SocketException e) {
            // the server closed or stalled: what was read is the answer
        }
        return bytes.toByteArray();
    }

    private static Response parse(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/") || end < 0) {
            return new Response(0, List.of(), text); // no HTTP answer: the connection was closed
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        List<String[]> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.add(new String[] {lines[i].substring(0, colon).strip(), lines[i].substring(colon + 1).strip()});
        }
        String body = text.substring(end + 4);
        boolean chunked = headers.stream().anyMatch(header -> header[0].equalsIgnoreCase("Transfer-Encoding")
                && header[1].toLowerCase(Locale.ROOT).contains("chunked"));
        return new Response(status, headers, chunked ? dechunk(body) : body);
    }

    private static String dechunk(String body) {
        StringBuilder result = new StringBuilder();
        int position = 0;
        while (position < body.length()) {
            int lineEnd = body.indexOf("\r\n", position);
            if (lineEnd < 0) {
                break;
            }
            int size = Integer.parseInt(body.substring(position, lineEnd).split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            result.append(body, lineEnd + 2, Math.min(body.length(), lineEnd + 2 + size));
            position = lineEnd + 2 + size + 2;
        }
        return result.toString();
    }
}
