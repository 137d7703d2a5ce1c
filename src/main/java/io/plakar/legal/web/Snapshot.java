package io.plakar.legal.web;

import io.plakar.legal.check.Report;
import io.plakar.legal.content.SiteContent;
import io.plakar.legal.i18n.LanguageNegotiator;

/**
 * The content being served with what is derived from it (the negotiator, the check's report,
 * the pages rendered from it), replaced as a whole when live preview reloads {@code i18n/}: a
 * request sees one consistent version from start to end, and no page outlives its content.
 */
public record Snapshot(SiteContent content, LanguageNegotiator negotiator, Report report, RenderedPages pages) {

    /**
     * @throws IllegalStateException when the configured default language is not one of the content's
     */
    static Snapshot of(SiteContent content, Report report, Config config) {
        if (content.language(config.defaultLanguage()).isEmpty()) {
            throw new IllegalStateException(Config.DEFAULT_LANGUAGE + " (or LEGAL_DEFAULT_LANGUAGE) is '" + config.defaultLanguage()
                    + "', which is not one of the site's languages " + content.tags());
        }
        return new Snapshot(content, new LanguageNegotiator(content.tags(), config.defaultLanguage()), report, new RenderedPages());
    }
}
