package io.plakar.legal.check;

/**
 * A run of text in a word-level diff of the original, old → new: kept as it was, deleted from
 * the old text, or inserted in the new one.
 */
public record DiffToken(Kind kind, String text) {

    public enum Kind {
        EQUAL, DELETED, INSERTED;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public boolean isEqual() {
        return kind == Kind.EQUAL;
    }

    public boolean isDeleted() {
        return kind == Kind.DELETED;
    }

    public boolean isInserted() {
        return kind == Kind.INSERTED;
    }

    /** As a terminal shows it: {@code [-old-]}, {@code {+new+}}, or the text itself. */
    @Override
    public String toString() {
        return switch (kind) {
            case EQUAL -> text;
            case DELETED -> "[-" + text + "-]";
            case INSERTED -> "{+" + text + "+}";
        };
    }
}
