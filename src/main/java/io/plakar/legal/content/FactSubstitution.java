package io.plakar.legal.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces each {@code {{name}}} in a document's Markdown by the fact of that name, formatted
 * as the document's language writes it (its format tag, such as {@code en-GB}) and escaped so
 * that Markdown reads it as plain text.
 */
public final class FactSubstitution {

    public static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}\\s]*)\\s*}}");
    private static final Pattern MARKDOWN_SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>])");

    private FactSubstitution() {
    }

    public static String apply(String markdown, Facts facts, String formatTag, String file) {
        Matcher matcher = PLACEHOLDER.matcher(markdown);
        StringBuilder result = new StringBuilder(markdown.length() + 256);
        while (matcher.find()) {
            String name = matcher.group(1);
            if (!facts.has(name)) {
                throw new ContentException(file, Lines.lineAt(markdown, matcher.start()),
                        "unknown fact {{" + name + "}}; the facts are in i18n/" + Facts.FILE);
            }
            String value = MARKDOWN_SPECIAL.matcher(facts.format(name, formatTag)).replaceAll("\\\\$1");
            matcher.appendReplacement(result, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(result);
        return result.toString();
    }
}
