package io.plakar.legal.tooling;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import io.plakar.legal.content.DocumentFile;
import io.plakar.legal.content.I18nFiles;
import io.plakar.legal.content.I18nLayout;
import io.plakar.legal.content.I18nReader;
import io.plakar.legal.content.I18nSource;

/**
 * The copies of the French original at the versions translations record
 * ({@link I18nLayout#originalCopy}), which tell the check what changed since. Whatever records
 * a version in a translation ({@link MarkCurrentCommand}, an import) keeps the copy of that
 * version first, then prunes the copies no translation records any more.
 */
public final class OriginalCopies {

    private OriginalCopies() {
    }

    /** Keeps the copy of the original at its current version, as read; returns its path. */
    public static Path keep(Path i18n, DocumentFile original) throws IOException {
        Path copy = i18n.resolve(I18nLayout.originalCopy(original.version()));
        if (!Files.isRegularFile(copy)) {
            AtomicFiles.write(copy, original.text().getBytes(StandardCharsets.UTF_8));
        }
        return copy;
    }

    /**
     * Deletes the copies of versions that no translation records; returns them. Deletes nothing
     * while the reader reports an error in a translation's document: the version such a file
     * records may not be read (a broken front matter), and its copy would be lost for good.
     */
    public static List<Path> prune(Path i18n) throws IOException {
        I18nSource source = I18nSource.directory(i18n);
        I18nFiles files = I18nReader.read(source);
        Set<String> translations = source.list(I18nLayout.CONTENT).stream().map(name -> files.file(I18nLayout.CONTENT + "/" + name))
                .filter(file -> !file.equals(files.file(I18nLayout.document(I18nLayout.ORIGINAL)))).collect(Collectors.toSet());
        if (files.errors().stream().anyMatch(problem -> translations.contains(problem.file()))) {
            return List.of();
        }
        Set<String> recorded = files.recordedVersions();
        List<Path> deleted = new ArrayList<>();
        for (String version : files.originals().keySet()) {
            if (!recorded.contains(version)) {
                Path copy = i18n.resolve(I18nLayout.originalCopy(version));
                Files.delete(copy);
                deleted.add(copy);
            }
        }
        return deleted;
    }
}
