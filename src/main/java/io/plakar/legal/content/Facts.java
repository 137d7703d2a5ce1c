package io.plakar.legal.content;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.plakar.legal.i18n.LocalizedFormats;

/**
 * The facts of {@code i18n/facts.properties}, written once for every language. An amount
 * with an ISO currency code ({@code 1289.86 EUR}) and an ISO date are formatted per language;
 * any other value is shown as written.
 */
public final class Facts {

    private static final Pattern AMOUNT = Pattern.compile("(\\d+(?:\\.\\d+)?) ([A-Z]{3})");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final Map<String, String> values;
    private final Map<String, Integer> lines;

    public Facts(Map<String, String> values) {
        this(values, Map.of());
    }

    /** The facts with the line of each in the facts file, for messages that point at one. */
    public Facts(Map<String, String> values, Map<String, Integer> lines) {
        this.values = Map.copyOf(values);
        this.lines = Map.copyOf(lines);
    }

    static final String NOT_AN_AMOUNT_OR_DATE = "the fact %s = %s is not a valid amount or date";

    /**
     * The facts of the file's entries, reporting each value that looks typed but does not parse
     * (such a value is then shown as written).
     */
    static Facts read(PropertiesFile file, String path, Consumer<Problem> problems) {
        Map<String, String> values = new TreeMap<>();
        Map<String, Integer> lines = new TreeMap<>();
        for (PropertiesFile.Entry entry : file.entries()) {
            String value = entry.value().strip();
            values.put(entry.key(), value);
            lines.put(entry.key(), entry.line());
            try {
                typed(value, I18nLayout.ORIGINAL);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                problems.accept(Problem.error(path, entry.line(), String.format(NOT_AN_AMOUNT_OR_DATE, entry.key(), value)));
            }
        }
        return new Facts(values, lines);
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** The line (from 1) of the fact in the facts file, or 0 when it is not there. */
    public int line(String name) {
        return lines.getOrDefault(name, 0);
    }

    /** The raw values by name, as written in the file. */
    public Map<String, String> values() {
        return values;
    }

    /** The fact's value as a language writes it, given the tag it formats with ({@code fr}, {@code en-GB}). */
    public String format(String name, String formatTag) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("Unknown fact " + name);
        }
        try {
            return typed(value, formatTag);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return value; // reported by read
        }
    }

    /** An amount or a date formatted for the tag; any other value as it is. */
    private static String typed(String value, String formatTag) {
        Matcher amount = AMOUNT.matcher(value);
        if (amount.matches()) {
            return LocalizedFormats.amount(new BigDecimal(amount.group(1)), Currency.getInstance(amount.group(2)), formatTag);
        }
        if (DATE.matcher(value).matches()) {
            return LocalizedFormats.date(LocalDate.parse(value), formatTag);
        }
        return value;
    }
}
