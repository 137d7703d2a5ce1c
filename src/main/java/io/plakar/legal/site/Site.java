package io.plakar.legal.site;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;

import io.plakar.legal.content.I18nSource;
import io.plakar.legal.content.SiteContentLoader;

/**
 * The site as served: the operator's configuration and the current {@link Snapshot} of the
 * content.
 * <p>
 * In production the content is the copy of {@code i18n/} packaged in the WAR, loaded and
 * rendered once when the application starts; a defect stops the deployment with the file and
 * line at fault. With {@code legal.i18n-dir} set (live preview), it is read from that folder
 * and reloaded whenever a file there changes.
 */
@ApplicationScoped
public class Site {

    @Inject
    private ServletContext servletContext;

    private Config config;
    private Snapshot packaged;
    private LivePreview preview;

    @PostConstruct
    void load() {
        config = Config.fromEnvironment(servletContext::getInitParameter);
        if (config.i18nDir() != null) {
            preview = new LivePreview(config);
            servletContext.log("Live preview: serving i18n/ from " + config.i18nDir());
        } else {
            I18nSource source = I18nSource.webapp(servletContext);
            packaged = Snapshot.of(SiteContentLoader.load(source), config);
        }
    }

    /**
     * Loads the content at deployment rather than on the first request: observing the event
     * creates this bean, whose {@link #load} reads the content (a defect stops the deployment).
     */
    void eager(@Observes @Initialized(ApplicationScoped.class) Object event) {
        // creating the bean is the point
    }

    /**
     * The content to serve this request; take it once per request. In live preview, throws the
     * {@link io.plakar.legal.content.ContentException} of a broken edit.
     */
    public Snapshot current() {
        return preview != null ? preview.current() : packaged;
    }

    public Config config() {
        return config;
    }

    /**
     * The content last loaded, which never throws: in live preview, the last edit that loaded,
     * even while a newer one is broken (for the error pages of requests the router did not see).
     */
    public Snapshot lastLoaded() {
        return preview != null ? preview.lastLoaded() : packaged;
    }

    /** Whether {@code i18n/} is served live from a folder rather than from the WAR. */
    public boolean isPreview() {
        return preview != null;
    }
}
