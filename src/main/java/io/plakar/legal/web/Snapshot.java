package io.plakar.legal.web;

import io.plakar.legal.check.Report;
import io.plakar.legal.content.SiteContent;
import io.plakar.legal.i18n.LanguageNegotiator;

/**
 * The content being served with what is derived from it, replaced as a whole when live
 * preview reloads {@code i18n/}: a request sees one consistent version from start to end.
 */
public record Snapshot(SiteContent content, LanguageNegotiator negotiator, Report report) {

    static Snapshot of(SiteContent content, Report report) {
        return new Snapshot(content, new LanguageNegotiator(content.tags(), SiteContent.ORIGINAL), report);
    }
}
