package io.plakar.legal.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.servlet.ServletContext;

/**
 * Where the translators' files are read from: the {@code i18n/} folder of a checkout (unit
 * tests, the check, live preview) or its copy packaged in the WAR under {@code WEB-INF/i18n}.
 * Paths are relative to {@code i18n/} and use forward slashes.
 */
public interface I18nSource {

    /** The names of the files directly in a folder, such as {@code messages}; empty if there is none. */
    List<String> list(String folder);

    /** The file's bytes, or empty if there is no such file. */
    Optional<byte[]> read(String path);

    /** Whether the file is generated rather than read from {@code i18n/} (live preview's pseudo-languages). */
    default boolean generated(String path) {
        return false;
    }

    /** How to name a file in a message to a translator. */
    default String describe(String path) {
        return "i18n/" + path;
    }

    /** The {@code i18n/} folder at the given place on disk. */
    static I18nSource directory(Path root) {
        return new I18nSource() {
            @Override
            public List<String> list(String folder) {
                Path dir = root.resolve(folder);
                if (!Files.isDirectory(dir)) {
                    return List.of();
                }
                try (Stream<Path> files = Files.list(dir)) {
                    return files.filter(Files::isRegularFile).map(file -> file.getFileName().toString()).sorted().toList();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public Optional<byte[]> read(String path) {
                try {
                    return Optional.of(Files.readAllBytes(root.resolve(path)));
                } catch (NoSuchFileException e) {
                    return Optional.empty();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    /** The copy of {@code i18n/} that the build packages under {@code WEB-INF/i18n}. */
    static I18nSource webapp(ServletContext context) {
        String base = "/WEB-INF/i18n/";
        return new I18nSource() {
            @Override
            public List<String> list(String folder) {
                Set<String> paths = context.getResourcePaths(base + folder + "/");
                if (paths == null) {
                    return List.of();
                }
                return paths.stream().filter(path -> !path.endsWith("/"))
                        .map(path -> path.substring(path.lastIndexOf('/') + 1)).sorted().toList();
            }

            @Override
            public Optional<byte[]> read(String path) {
                try (InputStream in = context.getResourceAsStream(base + path)) {
                    return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }
}
