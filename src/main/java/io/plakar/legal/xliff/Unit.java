package io.plakar.legal.xliff;

import java.util.List;

import io.plakar.legal.content.Segments;

/**
 * One translation unit: a French text (source) and, where there is one, the translation's text
 * (target), as the XLIFF carries them.
 *
 * @param id the key of an interface string, a front matter field, or a block of the document
 *     ({@code s3.0} the heading of section 3, {@code s3.2} its second block)
 * @param note where the text is and what to mind, for the translator
 * @param source the French text
 * @param target the translation's text, or null
 * @param state the target's XLIFF state, or null without a target
 * @param approved whether the target is approved ({@code approved="yes"}): a current translation
 */
record Unit(String id, String note, List<Inline.Piece> source, List<Inline.Piece> target, String state, boolean approved) {

    static final String TRANSLATED = "translated";
    static final String NEEDS_REVIEW = "needs-review-translation";
    static final String NEEDS_TRANSLATION = "needs-translation";

    /** The states by which a tool says a target is a finished translation, even where it is the source's text. */
    static final java.util.Set<String> FINISHED = java.util.Set.of(TRANSLATED, "signed-off", "final");

    /**
     * Whether the target is a translation. Not when it is missing or empty, nor when it is still
     * its source's text, unless the tool says it is finished (a state of {@link #FINISHED} or
     * {@code approved="yes"}): a copy left in state needs-translation (or new), as the export's
     * prefill option writes it for tools that translate only targets, is untranslated; so is a
     * copy in no state, where the source has words to translate ({@link Segments#hasWords}).
     * Tools that leave the prefill's state on the segments they did translate (OmegaT 3.6)
     * change their text: the state alone cannot tell, the text can.
     */
    boolean translated() {
        if (target == null || target.isEmpty()) {
            return false;
        }
        if (!target.equals(source) || approved || state != null && FINISHED.contains(state)) {
            return true;
        }
        if (NEEDS_TRANSLATION.equals(state) || "new".equals(state)) {
            return false;
        }
        return !Segments.hasWords(Inline.join(source, false));
    }
}
