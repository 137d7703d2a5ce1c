package io.plakar.legal.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Isolates left-to-right runs inside right-to-left text ({@code <bdi dir="ltr">}): in an Arabic
 * sentence, "+1 (415) 802-2316", "help@plakar.io" or "933 509 754" would otherwise be reordered
 * by the bidirectional algorithm and read wrongly. The direction is explicit: a {@code <bdi>}
 * without {@code dir} takes the direction of its first strong character, and a phone number or
 * an amount has none, so older browsers laid it out right to left ("802-2316 (415) 1+").
 * Works on rendered HTML, on the text between tags only.
 */
final class BidiIsolation {

    /**
     * A run of Latin letters, digits and the punctuation of addresses, numbers and identifiers,
     * starting and ending with a letter, a digit or a bracket that belongs to it (or the last
     * dot of an abbreviation such as "B.V.").
     */
    private static final Pattern LTR_RUN = Pattern.compile(
            "[(A-Za-z0-9\\u00C0-\\u024F+€][A-Za-z0-9\\u00C0-\\u024F@.,:/()+\\-_ \\u00A0\\u202F€&;]*(?:[A-Za-z0-9\\u00C0-\\u024F)/€]|(?<=\\.[A-Z])\\.)"
            + "|[A-Za-z0-9]");
    private static final Pattern TEXT = Pattern.compile("(?<=^|>)[^<]+");

    private BidiIsolation() {
    }

    static String apply(String html) {
        Matcher text = TEXT.matcher(html);
        StringBuilder result = new StringBuilder(html.length() + 512);
        while (text.find()) {
            String isolated = LTR_RUN.matcher(text.group()).replaceAll(run -> "<bdi dir=\"ltr\">" + Matcher.quoteReplacement(run.group()) + "</bdi>");
            text.appendReplacement(result, Matcher.quoteReplacement(isolated));
        }
        text.appendTail(result);
        return result.toString();
    }
}
