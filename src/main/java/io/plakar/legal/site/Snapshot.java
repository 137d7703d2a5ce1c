package io.plakar.legal.site;

import io.plakar.legal.check.Report;
import io.plakar.legal.check.TranslationCheck;
import io.plakar.legal.content.SiteContent;
import io.plakar.legal.history.History;
import io.plakar.legal.i18n.LanguageNegotiator;

/**
 * The content being served with what is derived from it (the negotiator, the pages rendered
 * from it, the check's report), replaced as a whole when live preview reloads {@code i18n/}: a
 * request sees one consistent version from start to end, and no page outlives its content.
 */
public final class Snapshot {

    private final SiteContent content;
    private final LanguageNegotiator negotiator;
    private final RenderedPages pages = new RenderedPages();
    private final boolean legalFindings;
    private volatile Report report;
    private volatile History history;

    private Snapshot(SiteContent content, LanguageNegotiator negotiator, boolean legalFindings) {
        this.content = content;
        this.negotiator = negotiator;
        this.legalFindings = legalFindings;
    }

    /**
     * @throws IllegalStateException when the configured default language is not one of the content's
     */
    static Snapshot of(SiteContent content, Config config) {
        if (content.language(config.defaultLanguage()).isEmpty()) {
            throw new IllegalStateException(Config.DEFAULT_LANGUAGE + " (or LEGAL_DEFAULT_LANGUAGE) is '" + config.defaultLanguage()
                    + "', which is not one of the site's languages " + content.tags());
        }
        return new Snapshot(content, new LanguageNegotiator(content.tags(), config.defaultLanguage()), config.showsLegalFindings());
    }

    public SiteContent content() {
        return content;
    }

    public LanguageNegotiator negotiator() {
        return negotiator;
    }

    public RenderedPages pages() {
        return pages;
    }

    /**
     * The history of the original in this content, with what changed between versions, built on
     * the first request of a history page (a page is rendered once, then served as bytes).
     */
    public History history() {
        History built = history;
        if (built == null) {
            built = History.of(content);
            history = built;
        }
        return built;
    }

    /**
     * The translators' check of this content, as read for it, run on the first request of
     * /translations rather than at start-up, where nobody needs it. The legal findings are in it
     * only in live preview ({@link Config#showsLegalFindings()}): production's status page is
     * public.
     */
    public Report report() {
        Report checked = report;
        if (checked == null) {
            checked = TranslationCheck.check(content.files(), legalFindings);
            report = checked;
        }
        return checked;
    }
}
