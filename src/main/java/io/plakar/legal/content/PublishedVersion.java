package io.plakar.legal.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * A published version of the French original, as the site's history serves it: the file as
 * read (its text, to compare versions with) and the document rendered once.
 *
 * @param source the original at that version, as read from {@code i18n/history/} (or, for the
 *        current version, from {@code i18n/content/})
 * @param document the same, rendered for the site
 */
public record PublishedVersion(DocumentFile source, LocalizedDocument document) {

    /** Newest first; without a date, last; on the same day, by version, for a stable order (the check warns). */
    private static final Comparator<DocumentFile> NEWEST_FIRST = Comparator
            .comparing(DocumentFile::lastmod, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder())).reversed()
            .thenComparing(DocumentFile::version);

    /** The version, as translations record it and addresses name it: {@link SourceVersion}. */
    public String version() {
        return source.version();
    }

    /** The day it was published: its {@code lastmod} (else {@code date}), or null. */
    public LocalDate date() {
        return source.lastmod();
    }

    /**
     * The versions of the history, newest first: the current original, recorded or not, then
     * every other recorded version by its date.
     */
    public static List<DocumentFile> order(DocumentFile current, Collection<DocumentFile> recorded) {
        List<DocumentFile> versions = new ArrayList<>();
        versions.add(current);
        recorded.stream().filter(version -> !version.version().equals(current.version())).sorted(NEWEST_FIRST).forEach(versions::add);
        return List.copyOf(versions);
    }
}
