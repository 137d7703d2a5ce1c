package io.plakar.legal.check;

import java.io.IOException;
import java.nio.file.Path;

/**
 * For tests in other packages that need a state of a copy of {@code i18n/}: translations
 * marked current with its French, as {@code exec:java@mark-current} does.
 */
public final class CurrentTranslations {

    private CurrentTranslations() {
    }

    /** Marks the translation current with the copy's French, then prunes the unused copies of the French. */
    public static void mark(Path i18n, String tag) throws IOException {
        MarkCurrentCommand.mark(i18n, tag);
        OriginalCopies.prune(i18n);
    }
}
