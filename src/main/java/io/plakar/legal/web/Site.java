package io.plakar.legal.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;

import io.plakar.legal.content.I18nSource;
import io.plakar.legal.content.SiteContent;
import io.plakar.legal.content.SiteContentLoader;
import io.plakar.legal.i18n.LanguageNegotiator;

/**
 * The site as served: its content, loaded and rendered once when the application starts (a
 * defect in {@code i18n/} stops the deployment with the file and line at fault), the
 * operator's configuration and the language negotiator.
 */
@ApplicationScoped
public class Site {

    @Inject
    private ServletContext servletContext;

    private Config config;
    private SiteContent content;
    private LanguageNegotiator negotiator;

    @PostConstruct
    void load() {
        config = Config.fromEnvironment();
        content = SiteContentLoader.load(I18nSource.webapp(servletContext));
        negotiator = new LanguageNegotiator(content.tags(), SiteContent.ORIGINAL);
    }

    /** Loads the content at deployment rather than on the first request. */
    void eager(@Observes @Initialized(ApplicationScoped.class) Object event) {
        content();
    }

    public SiteContent content() {
        return content;
    }

    public Config config() {
        return config;
    }

    public LanguageNegotiator negotiator() {
        return negotiator;
    }
}
