package io.plakar.legal.http;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Keeps what a view renders instead of sending it, so that the page can be stored and served
 * as bytes, and so that nothing of a page whose rendering fails reaches the visitor (the error
 * page is sent instead). Headers the view sets are dropped: the router sets a page's headers.
 */
final class CapturingResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);
    private ServletOutputStream stream;
    private PrintWriter writer;

    CapturingResponse(HttpServletResponse response) {
        super(response);
    }

    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return body.toByteArray();
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) {
                    body.write(bytes, offset, length);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("Pages are rendered synchronously");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8));
        }
        return writer;
    }

    @Override
    public void setHeader(String name, String value) {
        // the router sets the page's headers
    }

    @Override
    public void addHeader(String name, String value) {
        // the router sets the page's headers
    }

    @Override
    public void setContentType(String type) {
        // always text/html;charset=UTF-8, set by the router
    }

    @Override
    public void setCharacterEncoding(String charset) {
        // always UTF-8
    }

    @Override
    public void setContentLength(int length) {
        // set by the router from the captured bytes
    }

    @Override
    public void setContentLengthLong(long length) {
        // set by the router from the captured bytes
    }

    @Override
    public void setBufferSize(int size) {
        // everything is buffered
    }

    @Override
    public void flushBuffer() {
        // nothing is sent until the page is complete
    }

    @Override
    public void resetBuffer() {
        body.reset();
    }

    @Override
    public boolean isCommitted() {
        return false;
    }
}
