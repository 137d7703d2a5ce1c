package io.plakar.legal.check;

import java.util.List;

import io.plakar.legal.content.Problem;

/** What the check found: the problems, sorted by file and line, and each language's status. */
public record Report(List<Problem> problems, List<LanguageStatus> languages) {

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public long errors() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warnings() {
        return problems.size() - errors();
    }

    /** The report as the check command prints it. */
    public String format() {
        StringBuilder text = new StringBuilder();
        problems.forEach(problem -> text.append(problem).append('\n'));
        if (!problems.isEmpty()) {
            text.append('\n');
        }
        text.append(String.format("%-8s %8s %10s %7s %9s%n", "language", "strings", "document", "errors", "warnings"));
        for (LanguageStatus status : languages) {
            text.append(String.format("%-8s %7d%% %10s %7d %9d%n", status.tag(), status.percent(), status.document(),
                    status.errors(), status.warnings()));
        }
        text.append('\n').append(errors()).append(" errors, ").append(warnings()).append(" warnings\n");
        return text.toString();
    }
}
