package io.plakar.legal.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.plakar.legal.check.Report;
import io.plakar.legal.http.ActiveRequest;
import io.plakar.legal.site.Site;

/**
 * What {@code /translations} shows: the translators' check of the content being served, the
 * same report as the check prints; in production (served only when the operator turns
 * {@code legal.status-page} on), without the legal findings, which are for the editor and
 * counsel ({@link io.plakar.legal.site.Snapshot#report()}).
 */
@Named("translations")
@RequestScoped
public class TranslationsModel {

    @Inject
    private Site site;

    @Inject
    private ActiveRequest active;

    public Report getReport() {
        return active.snapshot().report();
    }

    /** The languages whose translation was made from that version of the original, for a sentence. */
    public String languagesOn(String version) {
        return String.join(", ", getReport().translatedFrom(version));
    }

    /** "1 error", "2 warnings", as the check prints them. */
    public String count(long count, String noun) {
        return Report.count(count, noun);
    }

    /** Whether the report is of the {@code i18n/} folder being previewed, else of this build's files. */
    public boolean isPreview() {
        return site.isPreview();
    }
}
