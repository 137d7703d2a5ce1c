package io.plakar.legal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Copies of folders for tests: the real {@code i18n/} to break or extend, a server's base
 * directory; and their removal.
 */
public final class I18nCopy {

    public static final Path I18N = Path.of("i18n");

    private I18nCopy() {
    }

    /** Copies {@code i18n/} into {@code parent/i18n} and returns the copy. */
    public static Path into(Path parent) throws IOException {
        Path copy = parent.resolve("i18n");
        copyTree(I18N, copy);
        return copy;
    }

    /** Copies a folder and everything in it. */
    public static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path destination = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(file, destination);
                }
            }
        }
    }

    /** Deletes a folder and everything in it, if it exists. */
    public static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
