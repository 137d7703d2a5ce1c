package io.plakar.legal.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.plakar.legal.content.MarkdownRenderer.Block;

/**
 * A document cut into what translators translate: the front matter's {@code title},
 * {@code description} and {@code slug}, then the body's headings, paragraphs and list items as
 * the site reads them. Each segment is a range of the file's text, so that replacing ranges
 * rebuilds the file and leaves everything between them (markup, blank lines, the other fields)
 * as it was. The units of the XLIFF export, and what the check compares block by block.
 */
public final class Segments {

    /** The translatable front matter fields, in the order units list them. */
    public static final List<String> FIELDS = List.of("title", "description", "slug");

    /** A segment: its unit id, its range {@code [start, end)} in the text, its line and kind. */
    public record Segment(String id, int start, int end, int line, String kind) {

        public String text(String fileText) {
            return fileText.substring(start, end);
        }
    }

    private Segments() {
    }

    public static List<Segment> of(DocumentFile document) {
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

    /** What a text's words are not: facts, autolinks and link targets, and Markdown's markup characters. */
    private static final Pattern NOT_WORDS = Pattern.compile(FactSubstitution.PLACEHOLDER.pattern() + "|<[^<>\\s]+>|]\\([^)]*\\)|\\{\\s*\\d+[^{}]*}");

    /**
     * Whether a text has words to translate: two words or more outside its facts, link targets
     * and placeholders. A target identical to such a source is a copy of the French, not a
     * translation; a single word ({@code Cookies}, {@code Contact}) is often the same in another
     * language, and {@code **{{company.brand}}**} has none.
     */
    public static boolean hasWords(String text) {
        Matcher word = WORD.matcher(NOT_WORDS.matcher(text).replaceAll(" "));
        int words = 0;
        while (word.find()) {
            if (++words >= 2) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*");

    /** The front matter field in which the XLIFF import lists the units it left untranslated (still the French text). */
    public static final String UNTRANSLATED_FIELD = "untranslated";

    /**
     * The units of a translation that are still the French text, paired id for id with the
     * original's (the title, description and slug, and each block): those with words to
     * translate ({@link #hasWords}), and those the import recorded as untranslated in
     * {@value #UNTRANSLATED_FIELD} (a single word left in French is otherwise taken for a
     * translation). Empty when the blocks do not pair ({@link #pairs}).
     */
    public static List<Segment[]> untranslated(DocumentFile translation, DocumentFile original) {
        java.util.Set<String> recorded = recordedUntranslated(translation);
        List<Segment[]> untranslated = new ArrayList<>();
        for (Segment[] pair : pairs(translation, original)) {
            if (pair[0].id().equals("slug")) {
                continue; // a slug the same as the French's is a duplicate, an error of its own
            }
            String text = pair[1].text(original.text());
            if (pair[0].text(translation.text()).equals(text) && (hasWords(text) || recorded.contains(pair[0].id()))) {
                untranslated.add(pair);
            }
        }
        return untranslated;
    }

    /**
     * A translation's segments paired id for id with the original's (the front matter fields
     * both have, and every block), each pair the translation's segment, then the original's;
     * empty when the blocks do not pair (the check reports that instead).
     */
    public static List<Segment[]> pairs(DocumentFile translation, DocumentFile original) {
        List<Segment> here = of(translation);
        List<Segment> originals = of(original);
        java.util.Map<String, Segment> there = new java.util.HashMap<>();
        originals.forEach(segment -> there.put(segment.id(), segment));
        if (!here.stream().filter(Segments::isBlock).map(Segment::id).toList()
                .equals(originals.stream().filter(Segments::isBlock).map(Segment::id).toList())) {
            return List.of();
        }
        return here.stream().filter(segment -> there.containsKey(segment.id()))
                .map(segment -> new Segment[] {segment, there.get(segment.id())}).toList();
    }

    /** The unit ids a translation's front matter lists as left untranslated by the import. */
    public static java.util.Set<String> recordedUntranslated(DocumentFile document) {
        String listed = document.frontMatter().value(UNTRANSLATED_FIELD);
        return listed == null ? java.util.Set.of() : java.util.Set.of(listed.split("[\\s,]+"));
    }

    /** Whether a segment is a block of the body, not a front matter field. */
    public static boolean isBlock(Segment segment) {
        return !FIELDS.contains(segment.id());
    }
}
