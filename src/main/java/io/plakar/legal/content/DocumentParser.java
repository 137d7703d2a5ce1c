package io.plakar.legal.content;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Pattern;

import io.plakar.legal.content.MarkdownRenderer.Rendered;

/** Turns one language's Markdown file into a {@link LocalizedDocument}, or says precisely why not. */
public final class DocumentParser {

    /** The front matter fields every document must have. */
    public static final java.util.List<String> REQUIRED = java.util.List.of("title", "slug");

    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private final MarkdownRenderer renderer = new MarkdownRenderer();
    private final Facts facts;

    DocumentParser(Facts facts) {
        this.facts = facts;
    }

    /**
     * @param tag the document's language
     * @param formatTag the tag its facts' dates and amounts are written in ({@code en-GB} for {@code en})
     */
    LocalizedDocument parse(String tag, String formatTag, String text, String file) {
        if (!text.startsWith("---\n") && !text.startsWith("---\r\n")) {
            throw new ContentException(file, 1, "the front matter is missing: the file must start with a line '---'");
        }
        Rendered rendered = renderer.render(FactSubstitution.apply(text, facts, formatTag, file));
        Map<String, String> fields = rendered.frontMatter();
        String title = required(fields, "title", text, file);
        String slug = required(fields, "slug", text, file);
        if (!SLUG.matcher(slug).matches()) {
            throw new ContentException(file, Lines.lineOf(text, "slug"),
                    "the slug '" + slug + "' is not URL-safe: use lower-case ASCII letters, digits and hyphens");
        }
        LocalDate lastmod = date(fields, "lastmod", text, file);
        if (lastmod == null) {
            lastmod = date(fields, "date", text, file);
        }
        String originalVersion = fields.get(SourceVersion.FIELD);
        return new LocalizedDocument(tag, file, title, slug, fields.getOrDefault("description", ""), lastmod,
                rendered.html(), rendered.headings(), SourceVersion.of(text),
                originalVersion == null || originalVersion.isBlank() ? null : originalVersion.strip());
    }

    private static String required(Map<String, String> fields, String name, String text, String file) {
        String value = fields.get(name);
        if (value == null || value.isBlank()) {
            throw new ContentException(file, 1, "the front matter lacks the field '" + name + "'");
        }
        return value;
    }

    private static LocalDate date(Map<String, String> fields, String name, String text, String file) {
        String value = fields.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            // Hugo writes dates as 2025-05-05 or 2025-05-05T10:00:00Z; the day is what counts here.
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            throw new ContentException(file, Lines.lineOf(text, name),
                    "the " + name + " '" + value + "' is not a date like 2025-05-06");
        }
    }
}
