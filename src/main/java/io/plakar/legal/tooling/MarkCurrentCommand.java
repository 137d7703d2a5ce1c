package io.plakar.legal.tooling;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.plakar.legal.content.DocumentFile;
import io.plakar.legal.content.FrontMatter;
import io.plakar.legal.content.I18nLayout;
import io.plakar.legal.content.I18nReader;
import io.plakar.legal.content.I18nSource;
import io.plakar.legal.content.SourceVersion;

/**
 * Marks a translation as brought up to date with the French original: records the original's
 * current version and its {@code lastmod} (else {@code date}) in the translation's front
 * matter, keeps a copy of the original at that version under {@code i18n/originals/} (so that
 * the check can later name the sections that changed since), and deletes the copies that no
 * translation records any more. Usage, from the project's root:
 * {@code mvn -q compile exec:java@mark-current -Dlang=de}.
 */
public final class MarkCurrentCommand {

    private MarkCurrentCommand() {
    }

    public static void main(String[] arguments) throws IOException {
        if (arguments.length < 1 || arguments[0] == null || arguments[0].isBlank()) {
            System.err.println("Name the language: mvn -q compile exec:java@mark-current -Dlang=de");
            System.exit(2);
        }
        Path folder = Path.of(arguments.length > 1 ? arguments[1] : "i18n");
        try {
            String version = mark(folder, arguments[0]);
            System.out.println(folder.resolve(I18nLayout.document(arguments[0])) + ": marked current with the original ("
                    + SourceVersion.FIELD + ": " + version + "); its text at that version is kept as "
                    + folder.resolve(I18nLayout.originalCopy(version)));
            for (Path deleted : OriginalCopies.prune(folder)) {
                System.out.println(deleted + ": deleted, no translation records that version any more");
            }
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }

    /**
     * Records the original's version and lastmod, as the reader of {@code i18n/} reads them, in
     * the translation, and keeps the copy of the original at that version; returns the version.
     * (Pruning older copies is the caller's: {@link OriginalCopies#prune}.)
     */
    public static String mark(Path folder, String tag) throws IOException {
        if (!I18nLayout.isTranslation(tag)) {
            throw new IllegalArgumentException("'" + tag + "' is not a translation's language tag");
        }
        Path file = folder.resolve(I18nLayout.document(tag));
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": no such translation");
        }
        DocumentFile original = I18nReader.read(I18nSource.directory(folder)).original();
        if (original == null) {
            throw new IllegalArgumentException(folder.resolve(I18nLayout.document(I18nLayout.ORIGINAL))
                    + ": the original document is missing or unreadable; run the check and fix it first");
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            throw new IllegalArgumentException(file + ":1: the front matter is missing; fix it first");
        }
        record(lines, original.version(), original.lastmod());
        OriginalCopies.keep(folder, original);
        AtomicFiles.write(file, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        return original.version();
    }

    /**
     * Records a version of the original and its lastmod (when known) in a translation's lines,
     * whose front matter must be there; also used by the XLIFF import.
     */
    public static void record(List<String> lines, String version, LocalDate lastmod) {
        FrontMatter.set(lines, SourceVersion.FIELD, version);
        if (lastmod != null) {
            FrontMatter.set(lines, SourceVersion.LASTMOD_FIELD, lastmod.toString());
        }
    }
}
