package io.plakar.legal.site;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.plakar.legal.I18nCopy;
import io.plakar.legal.check.Report;
import io.plakar.legal.content.I18nSource;
import io.plakar.legal.content.SiteContentLoader;

/**
 * The status report a snapshot serves: the legal findings are the editor's and counsel's, so a
 * production build (no {@code legal.i18n-dir}) leaves them out, even with the status page on,
 * while live preview shows them. Built on a copy of {@code i18n/} whose facts the test makes
 * wrong in a way the legal check always reports (a SIREN whose check digit is wrong).
 */
class SnapshotTest {

    private static final String LEGAL = "legal notice: ";

    @TempDir
    Path temp;

    @Test
    void aProductionBuildDoesNotPublishTheLegalFindings() throws IOException {
        Path i18n = wrongSiren();
        Config production = Config.from(Map.of(Config.STATUS_PAGE, "on")::get);
        Report report = Snapshot.of(SiteContentLoader.load(I18nSource.directory(i18n)), production).report();
        assertFalse(report.problems().stream().anyMatch(problem -> problem.message().startsWith(LEGAL)), report.format());
        assertFalse(report.format().contains(LEGAL), report.format());
    }

    @Test
    void livePreviewShowsTheLegalFindings() throws IOException {
        Path i18n = wrongSiren();
        Config preview = Config.from(Map.of(Config.I18N_DIR, i18n.toString())::get);
        Report report = Snapshot.of(SiteContentLoader.loadPreview(I18nSource.directory(i18n)), preview).report();
        assertTrue(report.problems().stream().anyMatch(problem -> problem.isError() && problem.message().startsWith(LEGAL + "company.siren = ")),
                report.format());
    }

    /** A copy of i18n/ whose SIREN has a wrong check digit. */
    private Path wrongSiren() throws IOException {
        Path i18n = I18nCopy.into(temp);
        Path facts = i18n.resolve("facts.properties");
        String text = Files.readString(facts).replaceAll("(?m)^company\\.siren\\s*[=:].*\\R?", "");
        Files.writeString(facts, text + "\ncompany.siren = 732 829 321\n");
        return i18n;
    }
}
