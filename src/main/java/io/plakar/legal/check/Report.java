package io.plakar.legal.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import io.plakar.legal.content.Problem;

/**
 * What the check found: the problems, sorted by file and line, and each language's status
 * (with, for a translation, what changed in the original since the version it records).
 */
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

    /** Around a change, how much unchanged text a terminal shows, in characters. */
    private static final int CONTEXT = 60;

    /**
     * The changes in the original that stale translations have to catch up with, one per
     * version they record (translations of the same version share them), in order of version.
     */
    public List<OriginalChanges> originalChanges() {
        Map<String, OriginalChanges> byVersion = new TreeMap<>();
        languages.stream().map(LanguageStatus::changes).filter(Objects::nonNull)
                .filter(changes -> !changes.current() && changes.detailed() && !changes.changed().isEmpty())
                .forEach(changes -> byVersion.putIfAbsent(changes.from(), changes));
        return List.copyOf(byVersion.values());
    }

    /** The languages whose translation records a version of the original. */
    public List<String> translatedFrom(String version) {
        return languages.stream().filter(status -> status.changes() != null && version.equals(status.changes().from()))
                .map(LanguageStatus::tag).toList();
    }

    /** "1 error", "2 warnings": the count and the noun, plural but for one. */
    public static String count(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** The report as the check command prints it. */
    public String format() {
        StringBuilder text = new StringBuilder();
        problems.forEach(problem -> text.append(problem).append('\n'));
        if (!problems.isEmpty()) {
            text.append('\n');
        }
        for (OriginalChanges changes : originalChanges()) {
            text.append("What changed in the original since version ").append(changes.from()).append(" (")
                    .append(String.join(", ", translatedFrom(changes.from()))).append("), [-old-]{+new+}:\n");
            for (SectionChange change : changes.changed()) {
                text.append(change.file()).append(':').append(change.line()).append(": ")
                        .append(change.heading().isEmpty() ? "the text before the first heading" : "'" + change.heading() + "'")
                        .append(' ').append(change.state()).append('\n');
                text.append(indent(terminal(change.diff()))).append('\n');
            }
            text.append('\n');
        }
        text.append(String.format("%-8s %8s %10s %7s %9s%n", "language", "strings", "document", "errors", "warnings"));
        for (LanguageStatus status : languages) {
            text.append(String.format("%-8s %7d%% %10s %7d %9d%n", status.tag(), status.percent(), status.document(),
                    status.errors(), status.warnings()));
        }
        text.append('\n').append(count(errors(), "error")).append(", ").append(count(warnings(), "warning")).append('\n');
        return text.toString();
    }

    /** A diff as {@code [-old-]{+new+}}, long unchanged runs shortened to their ends with "…". */
    static String terminal(List<DiffToken> diff) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < diff.size(); i++) {
            DiffToken token = diff.get(i);
            if (!token.isEqual()) {
                text.append(token);
                continue;
            }
            String equal = token.text();
            boolean first = i == 0;
            boolean last = i == diff.size() - 1;
            if (first && equal.length() > CONTEXT) {
                equal = "… " + equal.substring(wordStart(equal, equal.length() - CONTEXT));
            } else if (last && equal.length() > CONTEXT) {
                equal = equal.substring(0, wordEnd(equal, CONTEXT)) + " …";
            } else if (!first && !last && equal.length() > 3 * CONTEXT) {
                equal = equal.substring(0, wordEnd(equal, CONTEXT)) + " … " + equal.substring(wordStart(equal, equal.length() - CONTEXT));
            }
            text.append(equal);
        }
        return text.toString();
    }

    private static int wordStart(String text, int from) {
        int space = text.indexOf(' ', from);
        return space < 0 ? from : space + 1;
    }

    private static int wordEnd(String text, int from) {
        int space = text.lastIndexOf(' ', from);
        return space <= 0 ? from : space;
    }

    private static String indent(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            lines.add(line.isBlank() ? "" : "    " + line);
        }
        return String.join("\n", lines).replaceAll("\n{3,}", "\n\n");
    }
}
