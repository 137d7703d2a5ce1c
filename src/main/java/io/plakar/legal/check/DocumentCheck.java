package io.plakar.legal.check;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.plakar.legal.content.DocumentParser;
import io.plakar.legal.content.FactSubstitution;
import io.plakar.legal.content.Facts;
import io.plakar.legal.content.Lines;
import io.plakar.legal.content.MarkdownRenderer;
import io.plakar.legal.content.MarkdownRenderer.Heading;
import io.plakar.legal.content.MarkdownRenderer.Link;
import io.plakar.legal.content.MarkdownRenderer.Rendered;
import io.plakar.legal.content.SourceVersion;

/**
 * Checks one language's document: its front matter, its facts, and for a translation its
 * structure, links and facts against the original's, and whether the original changed since.
 */
final class DocumentCheck {

    /**
     * A document read for checking: its file, slug, and what its sections hold; its lastmod (else
     * date) and that field's line; for a translation, the original's version and lastmod it
     * records (or null).
     */
    record Checked(String file, String slug, int slugLine, int bodyLine, int lastLine, List<Heading> headings,
            List<Link> links, List<Token> facts, List<Token> literals, String version, int versionLine,
            LocalDate lastmod, int lastmodLine, LocalDate originalLastmod) {
    }

    /**
     * A placeholder or a literal fact-like token and its line: an e-mail address, a URL, or a
     * number of three digits or more, compared by its digits (so "+1 (415) 802-2316" and
     * "+1 415 802 2316" are the same fact, and "802-2317" is another).
     */
    record Token(String text, int line) {
    }

    private static final Pattern LITERAL = Pattern.compile(
            "[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|https?://[^\\s)>\\]]+|\\+?\\d(?:[\\d\\u00A0\\u202F .,()/-]*\\d)?");
    private static final Pattern LINK_DESTINATION = Pattern.compile("]\\([^)]*\\)|<[^>\\s]+>");

    private final MarkdownRenderer renderer = new MarkdownRenderer();
    private final Facts facts;

    DocumentCheck(Facts facts) {
        this.facts = facts;
    }

    /** Reads and checks a document on its own; null when it cannot be read further. */
    Checked check(String text, String tag, String file, Consumer<Problem> problems) {
        List<String> lines = TextChecks.lines(text);
        FrontMatter frontMatter = FrontMatter.read(lines, file, problems);
        if (!frontMatter.readable()) {
            return null;
        }
        for (String name : DocumentParser.REQUIRED) {
            FrontMatter.Field field = frontMatter.get(name);
            if (field == null || field.value().isBlank()) {
                problems.accept(Problem.error(file, 1, "the front matter lacks the required field '" + name + "'"));
            }
        }
        FrontMatter.Field slug = frontMatter.get("slug");
        if (slug != null && !slug.value().isBlank() && !DocumentParser.SLUG.matcher(slug.value()).matches()) {
            problems.accept(Problem.error(file, slug.line(), "the slug '" + slug.value()
                    + "' is not URL-safe: use lower-case ASCII letters, digits and hyphens"));
        }
        Map<String, LocalDate> dates = new HashMap<>();
        for (String name : List.of("date", "lastmod", SourceVersion.LASTMOD_FIELD)) {
            FrontMatter.Field date = frontMatter.get(name);
            if (date != null) {
                try {
                    dates.put(name, LocalDate.parse(date.value().length() > 10 ? date.value().substring(0, 10) : date.value()));
                } catch (DateTimeParseException e) {
                    problems.accept(Problem.error(file, date.line(), "the " + name + " '" + date.value() + "' is not a date like 2025-05-06"));
                }
            }
        }
        String lastmodField = frontMatter.get("lastmod") != null ? "lastmod" : "date";

        List<Token> placeholders = new ArrayList<>();
        Map<String, String> known = new HashMap<>(facts.values());
        Matcher placeholder = FactSubstitution.PLACEHOLDER.matcher(text);
        while (placeholder.find()) {
            int line = Lines.lineAt(text, placeholder.start());
            if (line < frontMatter.bodyLine()) {
                continue;
            }
            String name = placeholder.group(1);
            placeholders.add(new Token(name, line));
            if (!facts.has(name)) {
                problems.accept(Problem.error(file, line, "unknown fact {{" + name + "}}; the facts are in i18n/" + Facts.FILE));
                known.put(name, "");
            }
        }
        Rendered rendered = renderer.render(FactSubstitution.apply(text, new Facts(known), tag, file));

        List<Token> literals = new ArrayList<>();
        for (int i = frontMatter.bodyLine() - 1; i < lines.size(); i++) {
            String line = LINK_DESTINATION.matcher(FactSubstitution.PLACEHOLDER.matcher(lines.get(i)).replaceAll(" ")).replaceAll(" ");
            Matcher literal = LITERAL.matcher(line);
            while (literal.find()) {
                String token = literal.group();
                if (token.contains("@") || token.startsWith("http") || token.replaceAll("\\D", "").length() >= 3) {
                    literals.add(new Token(token.contains("@") || token.startsWith("http") ? token : token.replaceAll("\\D", ""), i + 1));
                }
            }
        }
        FrontMatter.Field version = frontMatter.get(SourceVersion.FIELD);
        return new Checked(file, slug == null ? null : slug.value(), slug == null ? 1 : slug.line(), frontMatter.bodyLine(),
                lines.size(), rendered.headings(), rendered.links(), placeholders, literals,
                version == null ? null : version.value().strip(), version == null ? 1 : version.line(),
                dates.get(lastmodField), frontMatter.get(lastmodField) == null ? 1 : frontMatter.get(lastmodField).line(),
                dates.get(SourceVersion.LASTMOD_FIELD));
    }

    /**
     * Warns when the original's text changed but its lastmod did not: a translation that records
     * an older version of the original also records the original's lastmod at that version, and
     * the original's lastmod is still that date (or earlier). The stale notice would show
     * visitors that old date as the date of the update.
     */
    static void checkOriginalDate(Checked original, String originalVersion, List<Checked> translations, Consumer<Problem> problems) {
        if (original.lastmod() == null) {
            return;
        }
        Map<String, List<String>> byVersion = new java.util.TreeMap<>();
        for (Checked translation : translations) {
            if (translation.version() != null && !translation.version().equals(originalVersion)
                    && translation.originalLastmod() != null && !original.lastmod().isAfter(translation.originalLastmod())) {
                byVersion.computeIfAbsent(translation.version(), version -> new ArrayList<>()).add(translation.file());
            }
        }
        byVersion.forEach((version, files) -> problems.accept(Problem.warning(original.file(), original.lastmodLine(),
                "the original changed since version " + version + " (" + String.join(", ", files) + " translate it), but its lastmod is still "
                + original.lastmod() + ", as it was then: set lastmod to the date of the change, which the stale notice shows visitors")));
    }

    /** Checks a translation against the original, both already checked alone. */
    static void compare(Checked translation, Checked original, String originalVersion, Consumer<Problem> problems) {
        String file = translation.file();
        boolean sameStructure = compareHeadings(translation, original, problems);

        if (translation.version() == null) {
            problems.accept(Problem.warning(file, 1, "stale: the front matter does not record which version of the original this translates ("
                    + SourceVersion.FIELD + "); the original is now " + originalVersion));
        } else if (!translation.version().equals(originalVersion)) {
            problems.accept(Problem.warning(file, translation.versionLine(), "stale: translated from version " + translation.version()
                    + " of the original, which is now " + originalVersion + "; update the translation, then mark it current"));
        }

        int sections = sameStructure ? original.headings().size() + 1 : 1;
        for (int section = 0; section < sections; section++) {
            String where = sectionName(original, sameStructure ? section : -1);
            int line = sameStructure ? sectionLine(translation, section) : 1;
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

    private static boolean compareHeadings(Checked translation, Checked original, Consumer<Problem> problems) {
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
    private static <T> Map<String, List<Integer>> inSection(List<T> items, Checked document, int section, boolean bySection,
            java.util.function.ToIntFunction<T> line, java.util.function.Function<T, String> text) {
        Map<String, List<Integer>> found = new LinkedHashMap<>();
        for (T item : items) {
            if (!bySection || sectionOf(document, line.applyAsInt(item)) == section) {
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

    private static int sectionOf(Checked document, int line) {
        int section = 0;
        for (Heading heading : document.headings()) {
            if (heading.line() <= line) {
                section++;
            }
        }
        return section;
    }

    private static int sectionLine(Checked document, int section) {
        return section == 0 ? document.bodyLine() : document.headings().get(section - 1).line();
    }

    private static String sectionName(Checked original, int section) {
        if (section < 0) {
            return "(anywhere in the document)";
        }
        return section == 0 ? "(before the first heading)" : "(section '" + original.headings().get(section - 1).text() + "')";
    }
}
