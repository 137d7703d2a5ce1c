package io.plakar.legal.tooling;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;

import io.plakar.legal.content.DocumentFile;
import io.plakar.legal.content.I18nFiles;
import io.plakar.legal.content.I18nLayout;
import io.plakar.legal.content.I18nReader;
import io.plakar.legal.content.I18nSource;
import io.plakar.legal.content.Problem;

/**
 * Records the French original's current version as published: keeps a copy of the file, as it
 * is, in {@code i18n/history/legal-notice.fr.<version>.md}, which the site's history reads and
 * nothing ever deletes. Usage, from the project's root, once the French text is final and before
 * it is published: {@code mvn -q compile exec:java@record-version}; commit the new file with the
 * French.
 * <p>
 * Refuses, writing nothing, a French file with errors, and a version whose date is not after
 * that of the newest version recorded: the history orders versions by their date.
 */
public final class RecordVersionCommand {

    static final String BROKEN = "%s: the original has errors; fix them first (mvn -q compile exec:java@check)";
    static final String NOT_LATER = "%s:%d: lastmod %s is not after %s, the date of version %s, the newest recorded: set lastmod "
            + "to the day this version is published";
    static final String UNDATED = "%s:1: the original has no lastmod: set it to the day this version is published";

    private RecordVersionCommand() {
    }

    public static void main(String[] arguments) throws IOException {
        Path folder = Path.of(arguments.length > 0 && !arguments[0].isBlank() ? arguments[0] : "i18n");
        try {
            Path copy = record(folder);
            System.out.println(copy + ": recorded; commit it with the French original");
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        } catch (IOException e) {
            System.err.println(folder.resolve(I18nLayout.HISTORY) + ": cannot write: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Records the current version, unless it already is; returns its copy. */
    public static Path record(Path folder) throws IOException {
        I18nFiles files = I18nReader.read(I18nSource.directory(folder));
        DocumentFile original = files.original();
        String originalFile = files.file(I18nLayout.document(I18nLayout.ORIGINAL));
        if (original == null || files.errors().stream().map(Problem::file).anyMatch(originalFile::equals)) {
            throw new IllegalArgumentException(String.format(BROKEN, originalFile));
        }
        Path copy = folder.resolve(I18nLayout.historyCopy(original.version()));
        if (files.history().containsKey(original.version())) {
            return copy;
        }
        if (original.lastmod() == null) {
            throw new IllegalArgumentException(String.format(UNDATED, originalFile));
        }
        Optional<DocumentFile> newest = files.history().values().stream().filter(version -> version.lastmod() != null)
                .max(Comparator.comparing(DocumentFile::lastmod));
        if (newest.isPresent() && !original.lastmod().isAfter(newest.get().lastmod())) {
            throw new IllegalArgumentException(String.format(NOT_LATER, originalFile, original.lastmodLine(), original.lastmod(),
                    newest.get().lastmod(), newest.get().version()));
        }
        AtomicFiles.write(copy, original.text().getBytes(StandardCharsets.UTF_8));
        return copy;
    }
}
