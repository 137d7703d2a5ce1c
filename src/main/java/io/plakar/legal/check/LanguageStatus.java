package io.plakar.legal.check;

/**
 * Where one language stands.
 *
 * @param tag the language
 * @param translated how many of the original's strings the language has
 * @param total how many strings the original has
 * @param document {@link Document#ORIGINAL}, {@link Document#CURRENT}, {@link Document#STALE}, {@link Document#INCOMPLETE} or {@link Document#MISSING}
 * @param errors the errors in the language's files
 * @param warnings the warnings in the language's files
 * @param changes for a translation, what changed in the original since the version it records
 *        (every section current when it is current); null for the original and a missing document
 */
public record LanguageStatus(String tag, long translated, long total, Document document, long errors, long warnings,
        OriginalChanges changes) {

    public enum Document {
        /** Incomplete: some blocks are still the French text (listed by the check), whatever version it records. */
        ORIGINAL, CURRENT, STALE, INCOMPLETE, MISSING;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The share of strings translated, in percent, rounded down. */
    public int percent() {
        return total == 0 ? 100 : (int) (100 * translated / total);
    }
}
