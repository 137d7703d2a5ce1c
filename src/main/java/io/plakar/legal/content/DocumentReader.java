package io.plakar.legal.content;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.plakar.legal.content.MarkdownRenderer.Rendered;

/**
 * Reads one language's document: its front matter ({@link FrontMatter}, strict), its facts and
 * its body, reporting every problem and reading on where it can.
 */
final class DocumentReader {

    static final String TITLE = "title";
    static final String SLUG = "slug";
    static final String DESCRIPTION = "description";
    static final String DATE = FrontMatter.DATE;
    static final String LASTMOD = FrontMatter.LASTMOD;

    /** The front matter fields every document must have. */
    static final List<String> REQUIRED = List.of(TITLE, SLUG);

    static final String LACKS_FIELD = "the front matter lacks the required field '%s'";
    static final String SLUG_NOT_URL_SAFE = "the slug '%s' is not URL-safe: use lower-case ASCII letters, digits and hyphens";
    static final String NOT_A_DATE = "the %s '%s' is not a date like 2025-05-06";
    static final String UNKNOWN_FACT = "unknown fact {{%s}}; the facts are in i18n/" + I18nLayout.FACTS;

    private static final Pattern URL_SAFE = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern LITERAL = Pattern.compile(
            "[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|https?://[^\\s)>\\]]+|\\+?\\d(?:[\\d\\u00A0\\u202F .,()/-]*\\d)?");
    private static final Pattern LINK_DESTINATION = Pattern.compile("]\\([^)]*\\)|<[^>\\s]+>");

    private final MarkdownRenderer renderer = new MarkdownRenderer();
    /** The facts, or null when they could not be read (then facts are not checked by name). */
    private final Facts facts;

    DocumentReader(Facts facts) {
        this.facts = facts;
    }

    /**
     * @param formatTag the tag its facts' dates and amounts are written in ({@code en-GB} for {@code en})
     * @return the document, or null when its front matter is unreadable
     */
    DocumentFile read(String tag, String formatTag, String text, String file, Consumer<Problem> problems) {
        List<String> lines = TextFile.lines(text);
        FrontMatter frontMatter = FrontMatter.read(lines, file, problems);
        if (!frontMatter.readable()) {
            return null;
        }
        for (String name : REQUIRED) {
            if (frontMatter.value(name) == null) {
                problems.accept(Problem.error(file, 1, String.format(LACKS_FIELD, name)));
            }
        }
        FrontMatter.Field slug = frontMatter.get(SLUG);
        if (slug != null && !slug.value().isBlank() && !isUrlSafe(slug.value())) {
            problems.accept(Problem.error(file, slug.line(), String.format(SLUG_NOT_URL_SAFE, slug.value())));
        }
        Map<String, LocalDate> dates = new HashMap<>();
        for (String name : List.of(DATE, LASTMOD, SourceVersion.LASTMOD_FIELD)) {
            FrontMatter.Field date = frontMatter.get(name);
            if (date != null) {
                try {
                    // Hugo writes dates as 2025-05-05 or 2025-05-05T10:00:00Z; the day is what counts here.
                    dates.put(name, LocalDate.parse(date.value().length() > 10 ? date.value().substring(0, 10) : date.value()));
                } catch (DateTimeParseException e) {
                    problems.accept(Problem.error(file, date.line(), String.format(NOT_A_DATE, name, date.value())));
                }
            }
        }

        List<DocumentFile.Token> placeholders = new ArrayList<>();
        Matcher placeholder = FactSubstitution.PLACEHOLDER.matcher(text);
        while (placeholder.find()) {
            int line = Lines.lineAt(text, placeholder.start());
            String name = placeholder.group(1);
            if (facts != null && !facts.has(name)) {
                problems.accept(Problem.error(file, line, String.format(UNKNOWN_FACT, name)));
            }
            if (line >= frontMatter.bodyLine()) {
                placeholders.add(new DocumentFile.Token(name, line));
            }
        }
        Facts known = facts == null ? new Facts(Map.of()) : facts;
        // The front matter's lines are left blank, so that the body's lines keep their numbers.
        String body = "\n".repeat(frontMatter.bodyLine() - 1)
                + String.join("\n", lines.subList(Math.min(frontMatter.bodyLine() - 1, lines.size()), lines.size()));
        Rendered rendered = renderer.render(FactSubstitution.apply(body, known, formatTag));

        List<DocumentFile.Token> literals = new ArrayList<>();
        for (int i = frontMatter.bodyLine() - 1; i < lines.size(); i++) {
            String line = LINK_DESTINATION.matcher(FactSubstitution.PLACEHOLDER.matcher(lines.get(i)).replaceAll(" ")).replaceAll(" ");
            Matcher literal = LITERAL.matcher(line);
            while (literal.find()) {
                String token = literal.group();
                if (token.contains("@") || token.startsWith("http") || token.replaceAll("\\D", "").length() >= 3) {
                    literals.add(new DocumentFile.Token(token.contains("@") || token.startsWith("http") ? token : token.replaceAll("\\D", ""), i + 1));
                }
            }
        }
        String title = frontMatter.value(TITLE);
        String description = frontMatter.value(DESCRIPTION);
        return new DocumentFile(tag, file, text, frontMatter,
                title == null ? null : FactSubstitution.applyPlain(title, known, formatTag),
                slug == null ? null : slug.value(),
                description == null ? "" : FactSubstitution.applyPlain(description, known, formatTag),
                dates.get(frontMatter.get(LASTMOD) != null ? LASTMOD : DATE), SourceVersion.of(text),
                frontMatter.value(SourceVersion.FIELD), dates.get(SourceVersion.LASTMOD_FIELD),
                rendered.html(), rendered.headings(), rendered.links(), List.copyOf(placeholders), List.copyOf(literals));
    }

    /** Whether a text may be a part of a page's address as written: lower-case ASCII letters, digits, single hyphens. */
    static boolean isUrlSafe(String text) {
        return URL_SAFE.matcher(text).matches();
    }
}
