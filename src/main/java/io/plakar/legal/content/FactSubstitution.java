package io.plakar.legal.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces each {@code {{name}}} in a document by the fact of that name, formatted as the
 * document's language writes it (its format tag, such as {@code en-GB}); in Markdown, escaped
 * so that it reads as plain text. An unknown fact (which the reader reports) is left out.
 */
public final class FactSubstitution {

    public static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}\\s]*)\\s*}}");
    private static final Pattern MARKDOWN_SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>])");

    private FactSubstitution() {
    }

    /** In Markdown: each fact escaped. */
    public static String apply(String markdown, Facts facts, String formatTag) {
        return substitute(markdown, facts, formatTag, true);
    }

    /** In plain text, such as a title. */
    public static String applyPlain(String text, Facts facts, String formatTag) {
        return substitute(text, facts, formatTag, false);
    }

    private static String substitute(String text, Facts facts, String formatTag, boolean markdown) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder result = new StringBuilder(text.length() + 256);
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = facts.has(name) ? facts.format(name, formatTag) : "";
            matcher.appendReplacement(result, Matcher.quoteReplacement(markdown ? MARKDOWN_SPECIAL.matcher(value).replaceAll("\\\\$1") : value));
        }
        matcher.appendTail(result);
        return result.toString();
    }
}
