package io.plakar.legal.faces;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;

/**
 * The version OmniFaces' VersionedResourceHandler appends to resource URLs ({@code ?v=…}): a
 * hash of the stylesheet, so that its URL changes exactly when its content does and it can be
 * cached for a year. (web.xml: {@code org.omnifaces.VERSIONED_RESOURCE_HANDLER_VERSION}.)
 */
@Named("resources")
@ApplicationScoped
public class StylesheetVersion {

    static final String STYLESHEET = "/resources/site/site.css";

    @Inject
    private ServletContext servletContext;

    private String version;

    @PostConstruct
    void hash() {
        try (InputStream in = servletContext.getResourceAsStream(STYLESHEET)) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            version = HexFormat.of().formatHex(digest, 0, 5);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    public String getVersion() {
        return version;
    }
}
