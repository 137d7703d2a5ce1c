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

    /** The line on which a properties key or a front matter field is defined, or 0 if none is. */
    public static int lineOf(String text, String key) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith(key) && line.substring(key.length()).stripLeading().matches("^[=:].*")) {
                return i + 1;
            }
        }
        return 0;
    }
}
