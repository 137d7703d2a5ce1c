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
import io.plakar.legal.content.Segments;
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

    /**
     * Checks a translation against the original; {@code changes} are the original's since the
     * version it records, and {@code recorded} the kept copy of that version (null when the
     * translation is current, or records no version, or no copy is kept).
     * <p>
     * A stale translation is behind the original by definition: what the original added since
     * the version it records (a heading, a fact, a link) is missing from it, and what the
     * original removed since is still in it, until its translator updates it. Those differences
     * are warnings (the stale warning names the sections to update), so that an edit of the
     * French never fails the build; a difference that the recorded version does not explain (a
     * fact the translator lost or altered) stays an error. Without a copy of the recorded
     * version nothing can be told apart: every difference of a stale translation is a warning,
     * and the whole translation is to be compared with the original; so too for a translation
     * that records no version yet (a language being added, half done).
     */
    static void compare(DocumentFile translation, DocumentFile original, OriginalChanges changes, DocumentFile recorded,
            Consumer<Problem> problems) {
        String originalVersion = original.version();
        String file = translation.file();
        boolean stale = !SourceVersion.isCurrent(translation.originalVersion(), originalVersion);
        Lag lag = stale ? new Lag(recorded) : Lag.NONE;
        boolean sameStructure = compareHeadings(translation, original, lag, problems);

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
                    inSection(translation.links(), translation, section, sameStructure, Link::line, Link::url), true,
                    lag.counts(recorded == null ? List.of() : recorded.links(), Link::url), lag, problems);
            compareTokens(file, line, where, "fact",
                    inSection(original.facts(), original, section, sameStructure, Token::line, DocumentCheck::fact),
                    inSection(translation.facts(), translation, section, sameStructure, Token::line, DocumentCheck::fact),
                    false, lag.counts(recorded == null ? List.of() : recorded.facts(), DocumentCheck::fact), lag, problems);
            compareTokens(file, line, where, "",
                    inSection(original.literals(), original, section, sameStructure, Token::line, Token::text),
                    inSection(translation.literals(), translation, section, sameStructure, Token::line, Token::text), true,
                    lag.counts(recorded == null ? List.of() : recorded.literals(), Token::text), lag, problems);
        }
    }

    private static String fact(Token token) {
        return "{{" + token.text() + "}}";
    }

    /**
     * How far behind the original a stale translation may be without an error: what the
     * version it records held, counted by text. {@link #NONE} for a translation that is
     * current or records no version (every difference is an error); {@code unknown} for a
     * stale translation without a copy of its version (every difference is a warning).
     */
    private record Lag(boolean stale, boolean unknown, DocumentFile recorded) {

        static final Lag NONE = new Lag(false, false, null);

        Lag(DocumentFile recorded) {
            this(true, recorded == null, recorded);
        }

        /** The recorded version's items, counted by text; null when nothing is known or needed. */
        <T> Map<String, Integer> counts(List<T> items, java.util.function.Function<T, String> text) {
            if (!stale || unknown) {
                return null;
            }
            Map<String, Integer> counts = new LinkedHashMap<>();
            items.forEach(item -> counts.merge(text.apply(item), 1, Integer::sum));
            return counts;
        }

        /**
         * Whether a difference is explained by the translation's lag: a stale translation
         * without a copy, or one that holds as many of the item (missing) or no more of it
         * (extra) than the version it records held.
         */
        boolean explains(Map<String, Integer> recordedCounts, String text, int translationCount, boolean missing) {
            if (!stale) {
                return false;
            }
            if (unknown) {
                return true;
            }
            int before = recordedCounts.getOrDefault(text, 0);
            return missing ? translationCount >= before : translationCount <= before;
        }
    }

    static final String UNTRANSLATED = "untranslated: unit '%s' is still the French text of %s:%d: translate it (the page shows it in French)";

    /**
     * Reports each block of a translation that is still the French text (an import that left
     * units untranslated keeps the French there); returns how many.
     */
    static int untranslated(DocumentFile translation, DocumentFile original, Consumer<Problem> problems) {
        List<Segments.Segment[]> untranslated = Segments.untranslated(translation, original);
        untranslated.forEach(pair -> problems.accept(Problem.warning(translation.file(), pair[0].line(),
                String.format(UNTRANSLATED, pair[0].id(), original.file(), pair[1].line()))));
        return untranslated.size();
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

    /**
     * Whether the translation's headings match the original's in number and level; if not,
     * reports the first difference: an error, or a warning when the translation is stale and its
     * headings are those of the version it records (the original added or removed a section
     * since).
     */
    private static boolean compareHeadings(DocumentFile translation, DocumentFile original, Lag lag, Consumer<Problem> problems) {
        List<Heading> actual = translation.headings();
        boolean explained = lag.stale() && (lag.unknown() || sameLevels(actual, lag.recorded().headings()));
        Consumer<Problem> report = explained ? problem -> problems.accept(Problem.warning(problem.file(), problem.line(),
                problem.message() + " (" + (lag.unknown() ? "the original changed since the version this translates"
                        : "as in version " + translation.originalVersion() + " of the original, which this translates") + ": update it)"))
                : problems;
        return compareHeadings(translation, original, report);
    }

    private static boolean sameLevels(List<Heading> a, List<Heading> b) {
        return a.stream().map(Heading::level).toList().equals(b.stream().map(Heading::level).toList());
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

    /**
     * Compares what a section holds with the original's; {@code recorded} counts the items of
     * the version a stale translation records (null: not stale, or no copy), see {@link Lag}.
     */
    private static void compareTokens(String file, int sectionLine, String where, String what,
            Map<String, List<Integer>> expected, Map<String, List<Integer>> actual, boolean extraIsError, Map<String, Integer> recorded,
            Lag lag, Consumer<Problem> problems) {
        String label = what.isEmpty() ? "" : what + " ";
        expected.forEach((text, lines) -> {
            int here = actual.getOrDefault(text, List.of()).size();
            int missing = lines.size() - here;
            if (missing > 0) {
                String message = "the original's " + label + "'" + text + "' " + where + " is missing here" + (missing > 1 ? " " + missing + " times" : "");
                problems.accept(lag.explains(recorded, text, here, true)
                        ? Problem.warning(file, sectionLine, message + SINCE) : Problem.error(file, sectionLine, message));
            }
        });
        actual.forEach((text, lines) -> {
            int extra = lines.size() - expected.getOrDefault(text, List.of()).size();
            if (extra > 0) {
                int line = lines.get(lines.size() - extra);
                String message = label + "'" + text + "' is not in the original " + where + ": altered or added?";
                boolean since = lag.explains(recorded, text, lines.size(), false);
                problems.accept(extraIsError && !since ? Problem.error(file, line, message)
                        : Problem.warning(file, line, since ? label + "'" + text + "' is no longer in the original " + where + SINCE : message));
            }
        });
    }

    static final String SINCE = ": the original changed since the version this translates; update this translation";

    private static String sectionName(DocumentFile original, int section) {
        if (section < 0) {
            return "(anywhere in the document)";
        }
        return section == 0 ? "(before the first heading)" : "(section '" + original.headings().get(section - 1).text() + "')";
    }
}
