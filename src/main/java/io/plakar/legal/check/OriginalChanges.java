package io.plakar.legal.check;

import java.util.List;

import io.plakar.legal.content.DocumentFile;

/**
 * What changed in the French original since the version a translation records: every section
 * of the original, each current or changed (with its diff), or, when no copy of that version
 * is kept under {@code i18n/originals/}, no detail at all.
 * <p>
 * Usage, by the XLIFF export or any other tool that must know which parts of a translation to
 * review: {@code TranslationCheck.changes(files, "de").needsReview(original.sectionOf(line))}.
 *
 * @param tag the translation's language
 * @param from the version of the original the translation records, or null when it records none
 * @param to the original's current version
 * @param copy the kept copy of version {@code from} (as named in messages), or null when there is none
 * @param sections each section of the original, in order (removed ones where they were); empty
 *        without a copy
 */
public record OriginalChanges(String tag, String from, String to, String copy, List<SectionChange> sections) {

    public OriginalChanges {
        sections = List.copyOf(sections);
    }

    /**
     * What changed from one version of the original to another, as translators are shown it:
     * every section of the newer version, current, changed or added, with the removed ones where
     * they were, each changed one with its word-level diff. Also what the site's history of the
     * original shows visitors.
     */
    public static List<SectionChange> between(DocumentFile older, DocumentFile newer) {
        return OriginalComparison.sections(older, newer);
    }

    /** Whether the translation records the original's current version. */
    public boolean current() {
        return from != null && from.equals(to);
    }

    /** Whether the changed sections are known: a copy of the recorded version is kept. */
    public boolean detailed() {
        return current() || copy != null;
    }

    /** The sections that changed, were added or were removed. */
    public List<SectionChange> changed() {
        return sections.stream().filter(SectionChange::changed).toList();
    }

    /** The sections that are as they were: their translation is current. */
    public List<SectionChange> unchanged() {
        return sections.stream().filter(section -> !section.changed()).toList();
    }

    /**
     * Whether the translation of a section of the current original (see
     * {@link io.plakar.legal.content.DocumentFile#sectionOf}) must be reviewed: the section
     * changed or was added, or the translation is stale without detail.
     */
    public boolean needsReview(int section) {
        if (current()) {
            return false;
        }
        if (!detailed()) {
            return true;
        }
        return sections.stream().anyMatch(change -> change.section() == section
                && (change.state() == SectionChange.State.CHANGED || change.state() == SectionChange.State.ADDED));
    }
}
