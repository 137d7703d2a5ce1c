package io.plakar.legal.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.plakar.legal.content.DocumentFile;
import io.plakar.legal.content.DocumentFile.Token;
import io.plakar.legal.content.I18nLayout;
import io.plakar.legal.content.MarkdownRenderer.Heading;
import io.plakar.legal.content.MarkdownRenderer.Link;
import io.plakar.legal.content.Problem;
import io.plakar.legal.content.SourceVersion;

/**
 * Compares a translation's document with the original's, both as the reader read them: its
 * structure, links and facts, and whether the original changed since it was translated.
 */
final class DocumentCheck {

    private DocumentCheck() {
    }

    /**
     * Warns when the original's text changed but its lastmod did not: a translation that records
     * an older version of the original also records the original's lastmod at that version, and
     * the original's lastmod is still that date (or earlier). The stale notice would show
     * visitors that old date as the date of the update.
     */
    static void checkOriginalDate(DocumentFile original, List<DocumentFile> translations, Consumer<Problem> problems) {
        String originalVersion = original.version();
        if (original.lastmod() == null) {
            return;
        }
        Map<String, List<String>> byVersion = new java.util.TreeMap<>();
        for (DocumentFile translation : translations) {
            if (translation.originalVersion() != null && !translation.originalVersion().equals(originalVersion)
                    && translation.originalLastmod() != null && !original.lastmod().isAfter(translation.originalLastmod())) {
                byVersion.computeIfAbsent(translation.originalVersion(), version -> new ArrayList<>()).add(translation.file());
            }
        }
        byVersion.forEach((version, files) -> problems.accept(Problem.warning(original.file(), original.lastmodLine(),
                "the original changed since version " + version + " (" + String.join(", ", files) + " translate it), but its lastmod is still "
                + original.lastmod() + ", as it was then: set lastmod to the date of the change, which the stale notice shows visitors")));
    }

    /** Checks a translation against the original; {@code changes} are the original's since the version it records. */
    static void compare(DocumentFile translation, DocumentFile original, OriginalChanges changes, Consumer<Problem> problems) {
        String originalVersion = original.version();
        String file = translation.file();
        boolean sameStructure = compareHeadings(translation, original, problems);

        if (translation.originalVersion() == null) {
            problems.accept(Problem.warning(file, 1, "stale: the front matter does not record which version of the original this translates ("
                    + SourceVersion.FIELD + "); the original is now " + originalVersion));
        } else if (!SourceVersion.isCurrent(translation.originalVersion(), originalVersion)) {
            problems.accept(Problem.warning(file, translation.line(SourceVersion.FIELD), "stale: translated from version " + translation.originalVersion()
                    + " of the original, which is now " + originalVersion + "; " + whatChanged(changes)));
        }

        int sections = sameStructure ? original.headings().size() + 1 : 1;
        for (int section = 0; section < sections; section++) {
            String where = sectionName(original, sameStructure ? section : -1);
            int line = sameStructure ? translation.sectionLine(section) : 1;
            compareTokens(file, line, where, "link to",
                    inSection(original.links(), original, section, sameStructure, Link::line, Link::url),
                    inSection(translation.links(), translation, section, sameStructure, Link::line, Link::url), true, problems);
            compareTokens(file, line, where, "fact",
                    inSection(original.facts(), original, section, sameStructure, Token::line, token -> "{{" + token.text() + "}}"),
                    inSection(translation.facts(), translation, section, sameStructure, Token::line, token -> "{{" + token.text() + "}}"),
                    false, problems);
            compareTokens(file, line, where, "",
                    inSection(original.literals(), original, section, sameStructure, Token::line, Token::text),
                    inSection(translation.literals(), translation, section, sameStructure, Token::line, Token::text), true, problems);
        }
    }

    /** What a stale translation's translator has to do, section by section when the changes are known. */
    static String whatChanged(OriginalChanges changes) {
        if (!changes.detailed()) {
            return "no copy of version " + changes.from() + " is kept (" + I18nLayout.originalCopy(changes.from())
                    + "), so the sections that changed are unknown (stale without detail): compare the whole translation with the original, then mark it current";
        }
        List<SectionChange> changed = changes.changed();
        if (changed.isEmpty()) {
            return "no section of the text changed, only the front matter (title, description or dates): check the title and description, then mark it current";
        }
        StringBuilder text = new StringBuilder("changed since: ");
        for (int i = 0; i < changed.size(); i++) {
            SectionChange change = changed.get(i);
            text.append(i == 0 ? "" : ", ").append(change.describe())
                    .append(change.state() == SectionChange.State.CHANGED ? "" : " " + change.state());
        }
        int current = changes.unchanged().size();
        text.append(current == 0 ? "" : "; the other " + current + (current == 1 ? " section is" : " sections are") + " current")
                .append(": update ").append(changed.size() == 1 ? "that section" : "those sections").append(", then mark it current");
        return text.toString();
    }

    private static boolean compareHeadings(DocumentFile translation, DocumentFile original, Consumer<Problem> problems) {
        List<Heading> expected = original.headings();
        List<Heading> actual = translation.headings();
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            if (i >= actual.size()) {
                Heading missing = expected.get(i);
                problems.accept(Problem.error(translation.file(), translation.lastLine(), "has " + actual.size()
                        + " headings where the original has " + expected.size() + ": nothing matches the original's '"
                        + missing.text() + "' (" + original.file() + ":" + missing.line() + ")"));
                return false;
            }
            if (i >= expected.size()) {
                problems.accept(Problem.error(translation.file(), actual.get(i).line(), "extra heading '" + actual.get(i).text()
                        + "': the original has " + expected.size() + " headings"));
                return false;
            }
            if (actual.get(i).level() != expected.get(i).level()) {
                problems.accept(Problem.error(translation.file(), actual.get(i).line(), "heading of level " + actual.get(i).level()
                        + " where the original's '" + expected.get(i).text() + "' (" + original.file() + ":"
                        + expected.get(i).line() + ") is of level " + expected.get(i).level()));
                return false;
            }
        }
        return true;
    }

    /** What a section holds, by text, with the line of each. */
    private static <T> Map<String, List<Integer>> inSection(List<T> items, DocumentFile document, int section, boolean bySection,
            java.util.function.ToIntFunction<T> line, java.util.function.Function<T, String> text) {
        Map<String, List<Integer>> found = new LinkedHashMap<>();
        for (T item : items) {
            if (!bySection || document.sectionOf(line.applyAsInt(item)) == section) {
                found.computeIfAbsent(text.apply(item), key -> new ArrayList<>()).add(line.applyAsInt(item));
            }
        }
        return found;
    }

    private static void compareTokens(String file, int sectionLine, String where, String what,
            Map<String, List<Integer>> expected, Map<String, List<Integer>> actual, boolean extraIsError, Consumer<Problem> problems) {
        String label = what.isEmpty() ? "" : what + " ";
        expected.forEach((text, lines) -> {
            int missing = lines.size() - actual.getOrDefault(text, List.of()).size();
            if (missing > 0) {
                problems.accept(Problem.error(file, sectionLine, "the original's " + label + "'" + text + "' " + where
                        + " is missing here" + (missing > 1 ? " " + missing + " times" : "")));
            }
        });
        actual.forEach((text, lines) -> {
            int extra = lines.size() - expected.getOrDefault(text, List.of()).size();
            if (extra > 0) {
                int line = lines.get(lines.size() - extra);
                String message = label + "'" + text + "' is not in the original " + where + ": altered or added?";
                problems.accept(extraIsError ? Problem.error(file, line, message) : Problem.warning(file, line, message));
            }
        });
    }

    private static String sectionName(DocumentFile original, int section) {
        if (section < 0) {
            return "(anywhere in the document)";
        }
        return section == 0 ? "(before the first heading)" : "(section '" + original.headings().get(section - 1).text() + "')";
    }
}
