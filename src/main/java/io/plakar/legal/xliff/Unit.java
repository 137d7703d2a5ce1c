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
 */
record Unit(String id, String note, List<Inline.Piece> source, List<Inline.Piece> target, String state) {

    static final String TRANSLATED = "translated";
    static final String NEEDS_REVIEW = "needs-review-translation";
}
