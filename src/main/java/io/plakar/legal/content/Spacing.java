package io.plakar.legal.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spacing that translation tools break and readers see: the space around a fact, an address or
 * a {@code {0}} that the French has and a translation lost ({@code Administrator strony:{{company.brand}}}),
 * and the French typography's space before {@code : ; ! ?}, which other languages do not write.
 * The same rules for the XLIFF import and the check.
 */
public final class Spacing {

    /** The codes whose surroundings count: facts, autolinks, and MessageFormat arguments. */
    private static final Pattern CODE = Pattern.compile(FactSubstitution.PLACEHOLDER.pattern() + "|<[^<>\\s]+>|\\{\\s*\\d+[^{}]*}");

    /** A space (also no-break and narrow no-break) before one of French typography's high punctuation marks. */
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile("[ \\u00A0\\u202F\\u2009]+([:;!?])(?=\\s|$|\\{|<)");

    private Spacing() {
    }

    /**
     * The spaces around codes that the French text has and the translation's text does not,
     * as "before {{x}}" or "after {{x}}", in the order of the French; a code at the start or end
     * of either text, or missing from the translation, is not compared.
     */
    public static List<String> lost(String french, String translation) {
        List<String> lost = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Matcher code = CODE.matcher(french);
        while (code.find()) {
            int occurrence = seen.merge(code.group(), 1, Integer::sum);
            int at = find(translation, code.group(), occurrence);
            if (at < 0) {
                continue;
            }
            int end = at + code.group().length();
            if (spaced(french, code.start() - 1) && at > 0 && !spaced(translation, at - 1)) {
                lost.add("before " + code.group());
            }
            if (spaced(french, code.end()) && end < translation.length() && !spaced(translation, end)
                    && !isPunctuation(translation.charAt(end))) {
                lost.add("after " + code.group());
            }
        }
        return lost;
    }

    /** The marks of a text that have a space before them, as French writes them ({@code " :"}); empty when none. */
    public static List<String> frenchPunctuation(String text) {
        List<String> found = new ArrayList<>();
        Matcher mark = SPACE_BEFORE_PUNCTUATION.matcher(CODE.matcher(text).replaceAll("\uFFFC"));
        while (mark.find()) {
            found.add("' " + mark.group(1) + "'");
        }
        return found;
    }

    private static boolean spaced(String text, int index) {
        return index >= 0 && index < text.length() && (Character.isWhitespace(text.charAt(index)) || Character.isSpaceChar(text.charAt(index)));
    }

    /** Punctuation after a code needs no space before it (French puts one before ; : ! ?, other languages do not: "{0}؛"). */
    private static boolean isPunctuation(char c) {
        int type = Character.getType(c);
        return type == Character.OTHER_PUNCTUATION || type == Character.END_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.DASH_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION;
    }

    private static int find(String text, String code, int occurrence) {
        int at = -1;
        for (int i = 0; i < occurrence; i++) {
            at = text.indexOf(code, at + 1);
            if (at < 0) {
                return -1;
            }
        }
        return at;
    }
}
