package io.plakar.legal.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

import io.plakar.legal.content.ContentException;
import io.plakar.legal.content.I18nSource;
import io.plakar.legal.content.SiteContentLoader;

/**
 * Serves {@code i18n/} from a folder on disk and reloads it as soon as a file in it changes,
 * so that a translator sees an edit on the next refresh. A request only compares the folder's
 * file names, sizes and modification times with the last load's (a few dozen stat calls);
 * a broken edit is kept as the error to show until it is fixed. It serves the
 * {@link io.plakar.legal.content.PseudoLocale pseudo-locales} too, which production never does.
 */
final class LivePreview {

    private final Path folder;
    private final Config config;
    private long stamp;
    private Snapshot snapshot;
    private ContentException error;

    LivePreview(Config config) {
        this.folder = config.i18nDir();
        this.config = config;
    }

    /** The content as the folder holds it now; throws the defect of a broken edit. */
    synchronized Snapshot current() {
        long now = stamp();
        if (now != stamp || snapshot == null && error == null) {
            stamp = now;
            try {
                I18nSource source = I18nSource.directory(folder);
                snapshot = Snapshot.of(SiteContentLoader.loadPreview(source), config);
                error = null;
            } catch (ContentException e) {
                error = e;
            }
        }
        if (error != null) {
            throw error;
        }
        return snapshot;
    }

    /**
     * The last content that loaded, even while a newer edit is broken.
     * @throws IllegalStateException when no edit has loaded yet
     */
    synchronized Snapshot lastLoaded() {
        try {
            return current();
        } catch (ContentException e) {
            if (snapshot == null) {
                throw new IllegalStateException("no content of " + folder + " has loaded yet", e);
            }
            return snapshot;
        }
    }

    private long stamp() {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.mapToLong(file -> {
                try {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                    return 31L * (31L * file.hashCode() + attributes.lastModifiedTime().hashCode()) + attributes.size();
                } catch (IOException e) {
                    return file.hashCode(); // deleted while walking: the next request sees the rest
                }
            }).sum();
        } catch (IOException | UncheckedIOException e) {
            return stamp + 1; // the folder is being replaced: try a reload
        }
    }
}
