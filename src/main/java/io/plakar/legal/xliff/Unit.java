package io.plakar.legal.xliff;

import java.util.List;

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
     * Whether the target is a translation: not a copy of the source, unless the tool says it is
     * finished (a state of {@link #FINISHED} or {@code approved="yes"}). A tool that translates
     * targets only starts from a copy of the source (the export's prefill option, state
     * needs-translation), and some tools leave that state on the segments they did translate:
     * the state alone cannot tell, the text can.
     */
    boolean translated() {
        return target != null && (approved || state != null && FINISHED.contains(state) || !target.equals(source)
                || !io.plakar.legal.content.Segments.hasWords(Inline.join(source, false)));
    }
}
