package io.plakar.legal.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document's front matter read line by line, strictly enough to point at the line that
 * breaks it: a line that is not {@code name: value} is an error, never silently dropped. The
 * only reader of front matter, for the site, the check and {@code mark-current} alike.
 */
public final class FrontMatter {

    /** A field's value, unquoted, and its line (from 1). */
    public record Field(String value, int line) {
    }

    /** Where a field's value stands in its line, as offsets: its quotes and the spaces around it left out. */
    public record Span(int start, int end) {
    }

    /** The fields of a document's dates: when it was first published, and when its text last changed. */
    public static final String DATE = "date";
    public static final String LASTMOD = "lastmod";

    static final String MISSING = "the front matter is missing: the file must start with a line '---'";
    static final String NOT_A_FIELD = "the front matter cannot be read here: expected 'name: value'";
    static final String UNCLOSED_QUOTE = "the value of '%s' opens a quote it does not close";
    static final String DUPLICATE_FIELD = "the field '%s' is already set on line %d";
    static final String NOT_CLOSED = "the front matter is not closed: add a line '---' after its last field";

    private static final Pattern FIELD = Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*)\\s*:\\s*(.*)");

    private final Map<String, Field> fields;
    /** The line after the closing '---', from 1; 0 when the front matter is broken. */
    private final int bodyLine;

    private FrontMatter(Map<String, Field> fields, int bodyLine) {
        this.fields = fields;
        this.bodyLine = bodyLine;
    }

    /** Reads the front matter of a document's lines, reporting each line that breaks it. */
    public static FrontMatter read(List<String> lines, String file, Consumer<Problem> problems) {
        Map<String, Field> fields = new LinkedHashMap<>();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            problems.accept(Problem.error(file, 1, MISSING));
            return new FrontMatter(fields, 0);
        }
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            String stripped = line.strip();
            if (stripped.equals("---")) {
                return new FrontMatter(fields, i + 2);
            }
            if (stripped.isEmpty() || stripped.startsWith("#") || line.matches("\\s+-\\s.*")) {
                continue;
            }
            Matcher field = FIELD.matcher(line);
            if (!field.matches()) {
                problems.accept(Problem.error(file, i + 1, NOT_A_FIELD));
                continue;
            }
            String value = field.group(2).strip();
            if (value.startsWith("\"") && (value.length() < 2 || !value.endsWith("\""))
                    || value.startsWith("'") && (value.length() < 2 || !value.endsWith("'"))) {
                problems.accept(Problem.error(file, i + 1, String.format(UNCLOSED_QUOTE, field.group(1))));
                continue;
            }
            Span span = valueSpan(line);
            value = line.substring(span.start(), span.end());
            if (fields.putIfAbsent(field.group(1), new Field(value, i + 1)) != null) {
                problems.accept(Problem.error(file, i + 1, String.format(DUPLICATE_FIELD, field.group(1), fields.get(field.group(1)).line())));
            }
        }
        problems.accept(Problem.error(file, 1, NOT_CLOSED));
        return new FrontMatter(fields, 0);
    }

    /** The name of the field a line sets ({@code name: value}), or null when it is no field. */
    public static String fieldName(String line) {
        Matcher field = FIELD.matcher(line);
        return field.matches() ? field.group(1) : null;
    }

    /**
     * Where the value of a field's line ({@code name: value}) stands: after the colon and the
     * spaces, before the trailing spaces, inside its quotes when it is quoted. The one rule for
     * reading a value and for replacing it in place (the XLIFF import).
     */
    public static Span valueSpan(String fieldLine) {
        String line = fieldLine.stripTrailing();
        int start = line.indexOf(':') + 1;
        while (start < line.length() && Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        int end = line.length();
        if (end - start >= 2 && (line.charAt(start) == '"' || line.charAt(start) == '\'') && line.charAt(end - 1) == line.charAt(start)) {
            start++;
            end--;
        }
        return new Span(start, end);
    }

    /**
     * Sets a field in a document's lines: replaces its line (found as {@link #read} finds it),
     * or adds it at the end of the front matter (which must be there).
     */
    public static void set(List<String> lines, String name, String value) {
        for (int i = 1; i < lines.size(); i++) {
            if (name.equals(fieldName(lines.get(i)))) { // the rule read() finds a field by: "name : value" too
                lines.set(i, name + ": " + value);
                return;
            }
            if (lines.get(i).strip().equals("---")) {
                lines.add(i, name + ": " + value);
                return;
            }
        }
    }

    /** Removes a field from a document's lines, found as {@link #read} finds it; nothing when it is absent. */
    public static void remove(List<String> lines, String name) {
        for (int i = 1; i < lines.size() && !lines.get(i).strip().equals("---"); i++) {
            if (name.equals(fieldName(lines.get(i)))) {
                lines.remove(i);
                return;
            }
        }
    }

    /** Whether the front matter is closed, so that the body can be read. */
    public boolean readable() {
        return bodyLine > 0;
    }

    /** The body's first line, from 1. */
    public int bodyLine() {
        return bodyLine;
    }

    /** The field, or null. */
    public Field get(String name) {
        return fields.get(name);
    }

    /** The field's value, stripped, or null when it is absent or blank. */
    public String value(String name) {
        Field field = fields.get(name);
        return field == null || field.value().isBlank() ? null : field.value().strip();
    }
}
