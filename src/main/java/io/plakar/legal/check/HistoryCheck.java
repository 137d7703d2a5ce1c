package io.plakar.legal.check;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import io.plakar.legal.content.DocumentFile;
import io.plakar.legal.content.I18nFiles;
import io.plakar.legal.content.I18nLayout;
import io.plakar.legal.content.Problem;
import io.plakar.legal.content.PublishedVersion;

/**
 * The check of the history of the original ({@code i18n/history/}): the current version must be
 * recorded there before it is published (else it is lost once the French changes again, as no
 * git history travels with the WAR), and each version must have a day of its own (the history
 * orders versions by date), and the facts an earlier version names must still be defined (it is
 * rendered with today's facts). Warnings: an editor's draft is not yet a published version.
 */
final class HistoryCheck {

    static final String NOT_RECORDED = "missing: the current version of the original (%s) is not recorded: record it before it "
            + "is published, with mvn -q compile exec:java@record-version, and commit this file with the French (the history shows "
            + "every recorded version; one not recorded is lost when the French changes again)";
    static final String SAME_DAY = "versions %s and %s of the original both date from %s: the history cannot tell which came "
            + "first; give the newer one the day it is published";
    static final String FACT_GONE = "this published version names the fact {{%s}}, which %s no longer defines: its page would "
            + "leave it out; keep the fact under that name (an earlier version reads with today's facts)";
    static final String UNDATED = "this version of the original has no lastmod or date: the history lists it last, undated";

    private HistoryCheck() {
    }

    static void check(I18nFiles files, Consumer<Problem> report) {
        DocumentFile original = files.original();
        if (original == null) {
            return;
        }
        if (!files.history().containsKey(original.version())) {
            // Reported on the file to add, not on the French one: the French text itself is fine.
            report.accept(Problem.warning(files.file(I18nLayout.historyCopy(original.version())), 0,
                    String.format(NOT_RECORDED, original.file())));
        }
        List<DocumentFile> versions = PublishedVersion.order(original, files.history().values());
        for (int i = 0; i < versions.size(); i++) {
            DocumentFile version = versions.get(i);
            if (files.facts() != null && version != original) {
                version.facts().stream().map(DocumentFile.Token::text).distinct().filter(name -> !files.facts().has(name))
                        .forEach(name -> report.accept(Problem.warning(version.file(), line(version, name),
                                String.format(FACT_GONE, name, files.file(I18nLayout.FACTS)))));
            }
            LocalDate date = version.lastmod();
            if (date == null) {
                report.accept(Problem.warning(version.file(), 1, UNDATED));
            } else if (i + 1 < versions.size() && date.equals(versions.get(i + 1).lastmod())) {
                DocumentFile older = versions.get(i + 1); // a recorded copy, never the French file itself
                report.accept(Problem.warning(older.file(), older.lastmodLine(), String.format(SAME_DAY, older.version(), version.version(), date)));
            }
        }
    }

    private static int line(DocumentFile version, String fact) {
        return version.facts().stream().filter(token -> token.text().equals(fact)).mapToInt(DocumentFile.Token::line).findFirst().orElse(0);
    }
}
