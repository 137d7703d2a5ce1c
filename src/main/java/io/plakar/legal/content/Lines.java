package io.plakar.legal.content;

/** Line numbers in a translator's file, for messages that name the line to fix. */
public final class Lines {

    private Lines() {
    }

    /** The line (from 1) of the given character offset. */
    public static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The offset of the given line's first character (lines from 1), the inverse of {@link #lineAt}. */
    public static int offsetOf(String text, int line) {
        int offset = 0;
        for (int i = 1; i < line; i++) {
            offset = text.indexOf('\n', offset) + 1;
        }
        return offset;
    }
}
