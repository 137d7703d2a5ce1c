package io.plakar.legal.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document's front matter read line by line, strictly enough to point at the line that
 * breaks it: the renderer's YAML reader is lenient and would silently drop such a line.
 */
final class FrontMatter {

    record Field(String value, int line) {
    }

    private static final Pattern FIELD = Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*)\\s*:\\s*(.*)");

    private final Map<String, Field> fields;
    /** The line after the closing '---', from 1; 0 when the front matter is broken. */
    private final int bodyLine;

    private FrontMatter(Map<String, Field> fields, int bodyLine) {
        this.fields = fields;
        this.bodyLine = bodyLine;
    }

    static FrontMatter read(List<String> lines, String file, Consumer<Problem> problems) {
        Map<String, Field> fields = new LinkedHashMap<>();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            problems.accept(Problem.error(file, 1, "the front matter is missing: the file must start with a line '---'"));
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
                problems.accept(Problem.error(file, i + 1, "the front matter cannot be read here: expected 'name: value'"));
                continue;
            }
            String value = field.group(2).strip();
            if (value.startsWith("\"") && (value.length() < 2 || !value.endsWith("\""))
                    || value.startsWith("'") && (value.length() < 2 || !value.endsWith("'"))) {
                problems.accept(Problem.error(file, i + 1, "the value of '" + field.group(1) + "' opens a quote it does not close"));
                continue;
            }
            if (value.length() >= 2 && (value.startsWith("\"") || value.startsWith("'"))) {
                value = value.substring(1, value.length() - 1);
            }
            if (fields.putIfAbsent(field.group(1), new Field(value, i + 1)) != null) {
                problems.accept(Problem.error(file, i + 1, "the field '" + field.group(1) + "' is already set on line "
                        + fields.get(field.group(1)).line()));
            }
        }
        problems.accept(Problem.error(file, 1, "the front matter is not closed: add a line '---' after its last field"));
        return new FrontMatter(fields, 0);
    }

    boolean readable() {
        return bodyLine > 0;
    }

    int bodyLine() {
        return bodyLine;
    }

    Field get(String name) {
        return fields.get(name);
    }
}
