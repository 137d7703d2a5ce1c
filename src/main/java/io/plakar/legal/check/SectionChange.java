package io.plakar.legal.check;

import java.util.List;

/**
 * One section of the French original (a heading and what follows it, as
 * {@link io.plakar.legal.content.DocumentFile#sectionOf} counts them; section 0 is the text
 * before the first heading) compared with the same section at the version a translation
 * records.
 *
 * @param section the section's index in the current original; for a removed section, the index
 *        of the section that now follows where it was
 * @param heading the section's heading as written (without {@code ##}), or empty for section 0
 * @param file the original's file, as named in messages
 * @param line the line of the section in the current original
 * @param state whether it is current, changed, added or removed since that version
 * @param diff the section's text old → new, word by word (empty when current)
 */
public record SectionChange(int section, String heading, String file, int line, State state, List<DiffToken> diff) {

    public enum State {
        CURRENT, CHANGED, ADDED, REMOVED;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public SectionChange {
        diff = List.copyOf(diff);
    }

    /** Whether the translator has something to do in this section. */
    public boolean changed() {
        return state != State.CURRENT;
    }

    /** How a message names it: {@code section 'Hébergeur' (i18n/content/legal-notice.fr.md:27)}. */
    public String describe() {
        String name = heading.isEmpty() ? "the text before the first heading" : "section '" + heading + "'";
        return name + " (" + file + ":" + line + ")";
    }
}
