package io.plakar.legal.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Interface strings that are {@link java.text.MessageFormat} patterns: those with a placeholder such as {@code {0}}. */
public final class MessagePatterns {

    /** A MessageFormat argument: {0}, {1,date}, {0,number,#.##}. */
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*(\\d+)\\s*(?:,[^{}]*)?}");

    private MessagePatterns() {
    }

    public static boolean isPattern(String value) {
        return ARGUMENT.matcher(value).find();
    }

    /** The placeholders of a value, sorted, as written without spaces. */
    public static List<String> placeholders(String value) {
        List<String> arguments = new ArrayList<>();
        Matcher matcher = ARGUMENT.matcher(value);
        while (matcher.find()) {
            arguments.add(matcher.group().replaceAll("\\s+", ""));
        }
        arguments.sort(null);
        return arguments;
    }
}
