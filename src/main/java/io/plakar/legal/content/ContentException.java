package io.plakar.legal.content;

import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code i18n/} cannot be served: every error found in the translators' files, each located by
 * file and line so that it can be fixed without reading a stack trace, one per line:
 * {@code i18n/content/legal-notice.de.md:12: unknown fact {{company.cap}}}.
 */
public class ContentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<Problem> problems;

    /** @param problems the errors, at least one, in the order to show them */
    public ContentException(List<Problem> problems) {
        super(problems.stream().map(ContentException::describe).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A content exception without a problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** Every error, as the check reports it. */
    public List<Problem> problems() {
        return problems;
    }

    /** The first error's file, such as {@code i18n/messages/de.properties}. */
    public String file() {
        return problems.get(0).file();
    }

    /** The first error's line, from 1; 0 when it concerns the whole file. */
    public int line() {
        return problems.get(0).line();
    }

    /** A problem as {@code file:line: message}: every problem here is an error. */
    public static String describe(Problem problem) {
        return problem.located();
    }
}
