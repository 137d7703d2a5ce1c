package io.plakar.legal.xliff;

import java.util.ArrayList;
import java.util.List;

import io.plakar.legal.content.DocumentFile;
import io.plakar.legal.content.FrontMatter;
import io.plakar.legal.content.Lines;
import io.plakar.legal.content.MarkdownRenderer.Block;

/**
 * A document cut into what translators translate: the front matter's {@code title},
 * {@code description} and {@code slug}, then the body's headings, paragraphs and list items as
 * the site reads them. Each segment is a range of the file's text, so that replacing ranges
 * rebuilds the file and leaves everything between them (markup, blank lines, the other fields)
 * as it was.
 */
final class Segments {

    /** The translatable front matter fields, in the order units list them. */
    static final List<String> FIELDS = List.of("title", "description", "slug");

    /** A segment: its unit id, its range {@code [start, end)} in the text, its line and kind. */
    record Segment(String id, int start, int end, int line, String kind) {

        String text(String fileText) {
            return fileText.substring(start, end);
        }
    }

    private Segments() {
    }

    static List<Segment> of(DocumentFile document) {
        List<Segment> segments = new ArrayList<>();
        String text = document.text();
        for (String name : FIELDS) {
            FrontMatter.Field field = document.frontMatter().get(name);
            if (field != null) {
                int lineStart = Lines.offsetOf(text, field.line());
                int lineEnd = text.indexOf('\n', lineStart) < 0 ? text.length() : text.indexOf('\n', lineStart);
                FrontMatter.Span value = FrontMatter.valueSpan(text.substring(lineStart, lineEnd));
                segments.add(new Segment(name, lineStart + value.start(), lineStart + value.end(), field.line(), name));
            }
        }
        int section = -1;
        int index = 0;
        for (Block block : document.blocks()) {
            int inSection = document.sectionOf(block.line());
            if (inSection != section) {
                section = inSection;
                index = block.kind() == Block.Kind.HEADING ? 0 : 1;
            } else {
                index++;
            }
            segments.add(new Segment("s" + section + "." + index, block.start(), block.end(), block.line(),
                    block.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
        }
        return List.copyOf(segments);
    }

    /** Whether a segment is a block of the body, not a front matter field. */
    static boolean isBlock(Segment segment) {
        return !FIELDS.contains(segment.id());
    }
}
