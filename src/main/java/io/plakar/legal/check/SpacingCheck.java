package io.plakar.legal.check;

import java.util.List;
import java.util.function.Consumer;

import io.plakar.legal.content.DocumentFile;
import io.plakar.legal.content.Problem;
import io.plakar.legal.content.PropertiesFile;
import io.plakar.legal.content.PseudoLocale;
import io.plakar.legal.content.Segments;
import io.plakar.legal.content.Spacing;

/**
 * What translation tools break in spacing, and what French typography brings to other
 * languages (see {@link Spacing}): warnings, block by block of the document (paired id for id
 * with the French, as the XLIFF units are) and string by string, naming the unit and its line.
 */
final class SpacingCheck {

    static final String LOST = "unit '%s': no space %s, where the French has one (%s:%d): check the spacing around the code";
    static final String FRENCH_PUNCTUATION = "unit '%s': a space before %s, as French typography writes it; '%s' writes none";

    private SpacingCheck() {
    }

    static void compare(DocumentFile translation, DocumentFile original, Consumer<Problem> problems) {
        // Blocks that do not pair are the structure's error or warning: nothing is compared then.
        for (Segments.Segment[] pair : Segments.pairs(translation, original)) {
            check(pair[0].id(), pair[1].text(original.text()), pair[0].text(translation.text()), original.file(), pair[1].line(),
                    translation.tag(), translation.file(), pair[0].line(), problems);
        }
    }

    static void compare(PropertiesFile bundle, String file, String tag, PropertiesFile original, String originalFile, Consumer<Problem> problems) {
        for (PropertiesFile.Entry entry : bundle.entries()) {
            PropertiesFile.Entry french = original.get(entry.key());
            if (french != null) {
                check(entry.key(), french.value(), entry.value(), originalFile, french.line(), tag, file, entry.line(), problems);
            }
        }
    }

    private static void check(String unit, String french, String translated, String originalFile, int originalLine, String tag, String file,
            int line, Consumer<Problem> problems) {
        if (translated.equals(french)) {
            return; // still the French text: untranslated (reported as such), not French typography in another language
        }
        for (String lost : Spacing.lost(french, translated)) {
            problems.accept(Problem.warning(file, line, String.format(LOST, unit, lost, originalFile, originalLine)));
        }
        // The pseudo-languages keep the French's punctuation, spaces included, by construction.
        for (String mark : PseudoLocale.reserves(tag) ? List.<String>of() : Spacing.frenchPunctuation(translated)) {
            problems.accept(Problem.warning(file, line, String.format(FRENCH_PUNCTUATION, unit, mark, tag)));
        }
    }
}
