package io.plakar.legal.content;

import java.time.LocalDate;
import java.util.List;

import io.plakar.legal.content.MarkdownRenderer.Heading;
import io.plakar.legal.content.MarkdownRenderer.Link;

/**
 * One language's document as read from {@code i18n/}, with the line of everything a message
 * may need to name: its front matter, its body rendered to HTML, and what its sections hold.
 *
 * @param tag the language
 * @param file the file, as named in messages ({@code i18n/content/legal-notice.de.md})
 * @param text the file's text
 * @param frontMatter the fields of its front matter, with their lines
 * @param title the title, with its facts written in, or null when absent
 * @param slug the slug as written, or null when absent
 * @param description the description, with its facts written in, or empty
 * @param lastmod the lastmod (else date), or null
 * @param version this file's {@link SourceVersion} (what a translation of it records)
 * @param originalVersion for a translation, the version of the original it records, or null
 * @param originalLastmod for a translation, the original's lastmod it records, or null
 * @param html the rendered body, facts written in the language's formats
 * @param headings the body's headings, in order
 * @param links the body's link targets as written
 * @param facts the body's {@code {{fact}}} placeholders, by name
 * @param literals the fact-like text written out in the body (see {@link Token})
 */
public record DocumentFile(String tag, String file, String text, FrontMatter frontMatter, String title, String slug,
        String description, LocalDate lastmod, String version, String originalVersion, LocalDate originalLastmod,
        String html, List<Heading> headings, List<Link> links, List<Token> facts, List<Token> literals) {

    /** The parser {@link #blocks()} reads with, built once (flexmark's parser is immutable). */
    private static final MarkdownRenderer BLOCKS = new MarkdownRenderer();

    /**
     * A placeholder or a literal fact-like token and its line: an e-mail address, a URL, or a
     * number of three digits or more, compared by its digits (so "+1 (415) 802-2316" and
     * "+1 415 802 2316" are the same fact, and "802-2317" is another).
     */
    public record Token(String text, int line) {
    }

    /** The line of the body's first line, from 1. */
    public int bodyLine() {
        return frontMatter.bodyLine();
    }

    /** The number of lines, counting an empty one after a final line break. */
    public int lastLine() {
        return TextFile.lines(text).size();
    }

    /** The section a line of the body is in: 0 before the first heading, n from the n-th heading on. */
    public int sectionOf(int line) {
        int section = 0;
        for (Heading heading : headings) {
            if (heading.line() <= line) {
                section++;
            }
        }
        return section;
    }

    /** The first line of a section (see {@link #sectionOf}). */
    public int sectionLine(int section) {
        return section == 0 ? bodyLine() : headings.get(section - 1).line();
    }

    /**
     * The body's translatable blocks, parsed as the site parses the body, with ranges into
     * {@link #text()}.
     */
    public List<MarkdownRenderer.Block> blocks() {
        int start = Lines.offsetOf(text, bodyLine());
        int lines = bodyLine() - 1;
        return BLOCKS.blocks(text.substring(start)).stream()
                .map(block -> new MarkdownRenderer.Block(block.kind(), block.start() + start, block.end() + start, block.line() + lines))
                .toList();
    }

    /** The line of a front matter field, or 1 (where the front matter starts) when it is absent. */
    public int line(String field) {
        FrontMatter.Field found = frontMatter.get(field);
        return found == null ? 1 : found.line();
    }

    public int slugLine() {
        return line(DocumentReader.SLUG);
    }

    /** The line of the lastmod used, else of date, else 1. */
    public int lastmodLine() {
        return line(frontMatter.get(DocumentReader.LASTMOD) != null ? DocumentReader.LASTMOD : DocumentReader.DATE);
    }

    /** The document as the site serves it; right-to-left text isolates its left-to-right runs. */
    LocalizedDocument served(boolean rtl) {
        return new LocalizedDocument(tag, file, title, slug, description, lastmod, rtl ? BidiIsolation.apply(html) : html, headings,
                version, originalVersion);
    }
}
