package io.plakar.legal.content;

import java.util.ArrayList;
import java.util.List;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * Markdown to HTML with flexmark, configured for text written by translators (the body of a
 * document: its front matter is {@link FrontMatter}'s): headings get ids, raw HTML is escaped, only safe links are kept
 * ({@link SafeLinks}) and links written as their own address are marked ({@link AutoLinks}).
 * Immutable and thread-safe.
 */
public final class MarkdownRenderer {

    /** A heading of the document, for a table of contents and structure checks; lines count from 1. */
    public record Heading(int level, String id, String text, int line) {
    }

    /** A link's target as written (before the safety filter) and its line, from 1. */
    public record Link(String url, int line) {
    }

    /**
     * A block of text a translator translates: a heading's text, a paragraph (in a list item
     * or a quote too), as the range {@code [start, end)} of the Markdown it was read from, and
     * its line from 1. Markup around it ({@code ## }, {@code - }) is outside the range.
     */
    public record Block(Kind kind, int start, int end, int line) {

        public enum Kind {
            HEADING, PARAGRAPH, LIST_ITEM
        }
    }

    /** The result of rendering: HTML, headings and links. */
    public record Rendered(String html, List<Heading> headings, List<Link> links) {
    }

    private static final DataHolder OPTIONS = new MutableDataSet()
            .set(HtmlRenderer.ESCAPE_HTML, true)
            .set(HtmlRenderer.GENERATE_HEADER_ID, true)
            .set(HtmlRenderer.RENDER_HEADER_ID, true)
            .toImmutable();

    private final Parser parser = Parser.builder(OPTIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder(OPTIONS)
            .attributeProviderFactory(SafeLinks.factory()).attributeProviderFactory(AutoLinks.factory()).build();

    /** The translatable blocks of Markdown, in order, parsed as {@link #render} parses it. */
    public List<Block> blocks(String markdown) {
        List<Block> blocks = new ArrayList<>();
        for (Node node : parser.parse(markdown).getDescendants()) {
            if (node instanceof com.vladsch.flexmark.ast.Heading heading) {
                blocks.add(new Block(Block.Kind.HEADING, heading.getText().getStartOffset(), heading.getText().getEndOffset(),
                        heading.getStartLineNumber() + 1));
            } else if (node instanceof com.vladsch.flexmark.ast.Paragraph paragraph) {
                var chars = paragraph.getChars().trimEnd();
                blocks.add(new Block(paragraph.getParent() instanceof com.vladsch.flexmark.ast.ListItem
                        ? Block.Kind.LIST_ITEM : Block.Kind.PARAGRAPH, chars.getStartOffset(), chars.getEndOffset(),
                        paragraph.getStartLineNumber() + 1));
            }
        }
        return List.copyOf(blocks);
    }

    public Rendered render(String markdown) {
        Document document = parser.parse(markdown);

        HeaderIdGenerator ids = new HeaderIdGenerator.Factory().create();
        ids.generateIds(document);
        List<Heading> headings = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        TextCollectingVisitor text = new TextCollectingVisitor();
        for (Node node : document.getDescendants()) {
            int line = node.getStartLineNumber() + 1;
            if (node instanceof com.vladsch.flexmark.ast.Heading heading) {
                headings.add(new Heading(heading.getLevel(), heading.getAnchorRefId(), text.collectAndGetText(heading), line));
            } else if (node instanceof com.vladsch.flexmark.ast.Link link) {
                links.add(new Link(link.getUrl().toString(), line));
            } else if (node instanceof AutoLink link) {
                links.add(new Link(link.getUrl().toString(), line));
            } else if (node instanceof MailLink link) {
                links.add(new Link("mailto:" + link.getText(), line));
            } else if (node instanceof Reference reference) {
                // the target of every reference-style link [text][name] that uses it: one link per definition
                links.add(new Link(reference.getUrl().toString(), line));
            } else if (node instanceof Image image) {
                links.add(new Link(image.getUrl().toString(), line));
            }
        }
        return new Rendered(renderer.render(document), List.copyOf(headings), List.copyOf(links));
    }
}
