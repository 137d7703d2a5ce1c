package io.plakar.legal.content;

import java.util.Comparator;

/**
 * One problem of a translator's file, found by the reader of {@code i18n/} or by the check, located by file and line (0 when it concerns the whole file).
 * Errors fail the build; warnings do not.
 */
public record Problem(Severity severity, String file, int line, String message) implements Comparable<Problem> {

    public enum Severity {
        ERROR, WARNING;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line).thenComparing(Problem::message);

    public static Problem error(String file, int line, String message) {
        return new Problem(Severity.ERROR, file, line, message);
    }

    public static Problem warning(String file, int line, String message) {
        return new Problem(Severity.WARNING, file, line, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Where it is: {@code i18n/messages/de.properties:12}, or the file alone when it concerns the whole file. */
    public String where() {
        return file + (line > 0 ? ":" + line : "");
    }

    /** Where it is and what it is, without its severity: {@code i18n/messages/de.properties:12: ...}. */
    public String located() {
        return where() + ": " + message;
    }

    /** As compilers print it: {@code i18n/messages/de.properties:12: error: ...}. */
    @Override
    public String toString() {
        return where() + ": " + severity + ": " + message;
    }

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }
}
