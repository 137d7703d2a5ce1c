package io.plakar.legal.xliff;

import io.plakar.legal.content.Segments;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which block of a stale translation goes with which block of the current French, when the
 * French added, removed or rewrote blocks since the version the translation records. The
 * translation's blocks pair, id for id, with those of the kept copy of that version; the copy's
 * blocks pair with the current French's by their text (the longest common subsequence), and
 * between two such pairs, blocks of the same kind pair in order (a block rewritten in place).
 * A block the French added pairs with nothing: its unit has no translation yet.
 */
final class Alignment {

    private Alignment() {
    }

    /**
     * The translation's segment for each unit id of the current French.
     *
     * @param old the copy's segments, with the copy's text
     * @param current the current French's segments, with its text
     * @param translation the translation's segments by id (the copy's ids)
     */
    static Map<String, Segments.Segment> carry(List<Segments.Segment> old, String oldText, List<Segments.Segment> current,
            String currentText, Map<String, Segments.Segment> translation) {
        Map<String, Segments.Segment> carried = new HashMap<>();
        for (Segments.Segment segment : current) {
            if (!Segments.isBlock(segment) && translation.containsKey(segment.id())) {
                carried.put(segment.id(), translation.get(segment.id()));
            }
        }
        List<Segments.Segment> a = Translation.body(old);
        List<Segments.Segment> b = Translation.body(current);
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).text(oldText).equals(b.get(j).text(currentText)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        int runA = 0;
        int runB = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).text(oldText).equals(b.get(j).text(currentText))) {
                pairRun(a, runA, i, b, runB, j, translation, carried);
                put(a.get(i), b.get(j), translation, carried);
                runA = ++i;
                runB = ++j;
            } else if (j < b.size() && (i == a.size() || common[i][j + 1] >= common[i + 1][j])) {
                j++;
            } else {
                i++;
            }
        }
        pairRun(a, runA, a.size(), b, runB, b.size(), translation, carried);
        return carried;
    }

    /** Between two pairs of equal blocks: the blocks of the same kind, in order. */
    private static void pairRun(List<Segments.Segment> a, int fromA, int toA, List<Segments.Segment> b, int fromB, int toB,
            Map<String, Segments.Segment> translation, Map<String, Segments.Segment> carried) {
        for (int i = fromA, j = fromB; i < toA && j < toB; i++, j++) {
            if (a.get(i).kind().equals(b.get(j).kind())) {
                put(a.get(i), b.get(j), translation, carried);
            }
        }
    }

    private static void put(Segments.Segment old, Segments.Segment current, Map<String, Segments.Segment> translation,
            Map<String, Segments.Segment> carried) {
        Segments.Segment translated = translation.get(old.id());
        if (translated != null) {
            carried.put(current.id(), translated);
        }
    }
}
