package io.plakar.legal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of the real {@code i18n/} folder, for tests that break or extend it. */
public final class I18nCopy {

    public static final Path I18N = Path.of("i18n");

    private I18nCopy() {
    }

    /** Copies {@code i18n/} into {@code parent/i18n} and returns the copy. */
    public static Path into(Path parent) throws IOException {
        Path copy = parent.resolve("i18n");
        try (Stream<Path> files = Files.walk(I18N)) {
            for (Path source : files.toList()) {
                Path target = copy.resolve(I18N.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return copy;
    }
}
