package io.plakar.legal.content;

/**
 * A defect in a translator's file, located by file and line so that it can be fixed without
 * reading a stack trace: {@code i18n/content/legal-notice.de.md:12: unknown fact {{company.cap}}}.
 */
public class ContentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    /**
     * @param file the file's path from the project root, such as {@code i18n/messages/de.properties}
     * @param line the line, from 1; 0 when the defect concerns the whole file
     * @param problem what is wrong, as a sentence a translator understands
     */
    public ContentException(String file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }
}
