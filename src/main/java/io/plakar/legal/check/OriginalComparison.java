package io.plakar.legal.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;

import io.plakar.legal.check.DiffToken.Kind;
import io.plakar.legal.check.SectionChange.State;
import io.plakar.legal.content.DocumentFile;
import io.plakar.legal.content.MarkdownRenderer.Heading;

/**
 * Compares the original at a past version (a kept copy) with the original now, section by
 * section, with java-diff-utils.
 * <p>
 * Sections are matched by their heading lines, aligned as a diff of the two lists of headings:
 * a section whose heading is unchanged is compared with its namesake wherever it moved; a
 * heading that was rewritten in place (one old heading replaced by one new) is the same section
 * renamed; a heading with no counterpart is a section added or removed. Within a pair, the
 * section's Markdown (heading line included) is compared word by word.
 */
final class OriginalComparison {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+|\\s+|.", Pattern.UNICODE_CHARACTER_CLASS | Pattern.DOTALL);

    private OriginalComparison() {
    }

    /** Every section of the original, current or changed since the copy's version. */
    static List<SectionChange> sections(DocumentFile copy, DocumentFile original) {
        List<String> oldKeys = keys(copy);
        List<String> newKeys = keys(original);
        List<SectionChange> changes = new ArrayList<>();
        int oldAt = 0;
        int newAt = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(oldKeys, newKeys).getDeltas()) {
            while (oldAt < delta.getSource().getPosition()) {
                changes.add(pair(copy, oldAt++, original, newAt++));
            }
            int removed = delta.getSource().size();
            int added = delta.getTarget().size();
            int renamed = delta.getType() == DeltaType.CHANGE ? Math.min(removed, added) : 0;
            for (int i = 0; i < renamed; i++) {
                changes.add(pair(copy, oldAt++, original, newAt++));
            }
            for (int i = renamed; i < removed; i++) {
                changes.add(removed(copy, oldAt++, original, newAt));
            }
            for (int i = renamed; i < added; i++) {
                changes.add(added(original, newAt++));
            }
        }
        while (oldAt < oldKeys.size()) {
            changes.add(pair(copy, oldAt++, original, newAt++));
        }
        // No text before the first heading, then or now, is no section to speak of.
        changes.removeIf(change -> change.section() == 0 && change.heading().isEmpty() && !change.changed()
                && text(original, 0).isEmpty());
        return List.copyOf(changes);
    }

    /** The word-level diff of two texts, old → new, adjacent runs of one kind merged. */
    static List<DiffToken> diff(String before, String after) {
        List<String> old = words(before);
        List<String> now = words(after);
        List<DiffToken> tokens = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(old, now).getDeltas()) {
            add(tokens, Kind.EQUAL, old.subList(at, delta.getSource().getPosition()));
            add(tokens, Kind.DELETED, delta.getSource().getLines());
            add(tokens, Kind.INSERTED, delta.getTarget().getLines());
            at = delta.getSource().getPosition() + delta.getSource().size();
        }
        add(tokens, Kind.EQUAL, old.subList(at, old.size()));
        return List.copyOf(tokens);
    }

    /**
     * A text as words, runs of white space (no-break spaces included, which French puts before
     * ":" and inside « »), and single other characters. (java-diff-utils' own word splitter
     * leaves no-break spaces inside words.)
     */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            words.add(word.group());
        }
        return words;
    }

    private static void add(List<DiffToken> tokens, Kind kind, List<String> words) {
        String text = String.join("", words);
        if (text.isEmpty()) {
            return;
        }
        if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).kind() == kind) {
            text = tokens.remove(tokens.size() - 1).text() + text;
        }
        tokens.add(new DiffToken(kind, text));
    }

    private static SectionChange pair(DocumentFile copy, int oldSection, DocumentFile original, int newSection) {
        String before = text(copy, oldSection);
        String after = text(original, newSection);
        boolean same = before.equals(after);
        return new SectionChange(newSection, heading(original, newSection), original.file(), original.sectionLine(newSection),
                same ? State.CURRENT : State.CHANGED, same ? List.of() : diff(before, after));
    }

    private static SectionChange removed(DocumentFile copy, int oldSection, DocumentFile original, int newSection) {
        int line = newSection < original.headings().size() + 1 ? original.sectionLine(newSection) : original.lastLine();
        return new SectionChange(newSection, heading(copy, oldSection), original.file(), line, State.REMOVED,
                diff(text(copy, oldSection), ""));
    }

    private static SectionChange added(DocumentFile original, int newSection) {
        return new SectionChange(newSection, heading(original, newSection), original.file(), original.sectionLine(newSection),
                State.ADDED, diff("", text(original, newSection)));
    }

    /** What identifies each section: nothing for the text before the first heading, else its heading line. */
    private static List<String> keys(DocumentFile document) {
        List<String> keys = new ArrayList<>();
        keys.add("");
        for (Heading heading : document.headings()) {
            keys.add(lines(document)[heading.line() - 1].strip());
        }
        return keys;
    }

    /** A section's heading as written, without its {@code #} marks; empty for section 0. */
    static String heading(DocumentFile document, int section) {
        return section == 0 ? "" : lines(document)[document.sectionLine(section) - 1].strip().replaceFirst("^#+\\s*", "");
    }

    /** A section's Markdown, from its heading line to the next heading, without trailing blank lines. */
    static String text(DocumentFile document, int section) {
        String[] lines = lines(document);
        int from = document.sectionLine(section) - 1;
        int to = section < document.headings().size() ? document.sectionLine(section + 1) - 1 : lines.length;
        return String.join("\n", Arrays.asList(lines).subList(Math.min(from, to), to)).strip();
    }

    private static String[] lines(DocumentFile document) {
        return document.text().split("\r\n|\r|\n", -1);
    }
}
