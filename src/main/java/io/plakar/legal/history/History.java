package io.plakar.legal.history;

import java.util.ArrayList;
import java.util.List;

import io.plakar.legal.check.OriginalChanges;
import io.plakar.legal.check.SectionChange;
import io.plakar.legal.content.PublishedVersion;
import io.plakar.legal.content.SiteContent;

/**
 * The history of the French original as visitors see it: its published versions, newest first,
 * each with what changed from the one before, section by section and word by word (the same
 * comparison translators are shown, {@link OriginalChanges#between}). Immutable; built once per
 * content snapshot.
 */
public final class History {

    /**
     * A version of the history.
     *
     * @param version the version
     * @param previous the version before it, or null for the first one recorded
     * @param changes the sections changed, added or removed since the previous version, in the
     *        order of the document (empty for the first one, or when only the date changed)
     */
    public record Entry(PublishedVersion version, PublishedVersion previous, List<SectionChange> changes, boolean current) {

        public Entry {
            changes = List.copyOf(changes);
        }
    }

    private final List<Entry> entries;

    private History(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static History of(SiteContent content) {
        List<PublishedVersion> versions = content.versions();
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            PublishedVersion version = versions.get(i);
            PublishedVersion previous = i + 1 < versions.size() ? versions.get(i + 1) : null;
            List<SectionChange> changes = previous == null ? List.of()
                    : OriginalChanges.between(previous.source(), version.source()).stream().filter(SectionChange::changed).toList();
            entries.add(new Entry(version, previous, changes, i == 0));
        }
        return new History(entries);
    }

    /** The versions, newest (the one in force) first. */
    public List<Entry> entries() {
        return entries;
    }
}
