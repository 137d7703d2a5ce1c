package io.plakar.legal.xliff;

import java.io.IOException;
import java.nio.file.Path;

import io.plakar.legal.tooling.AtomicFiles;

/**
 * Writes one language's XLIFF 1.2 file for translators: a unit per interface string and per
 * block of the document, French as source, the translation (where there is one) as target.
 * Usage, from the project's root:
 * {@code mvn -q compile exec:java@export-xliff -Dlang=de -Dfile=legal-notice.de.xlf}; add {@code -Dprefill=true}
 * for a tool that translates targets only (OmegaT): each untranslated unit then carries a copy
 * of its source as target.
 * Exits with 2 and one line per problem when it cannot.
 */
public final class ExportCommand {

    static final String USAGE = "Name the language and the file: mvn -q compile exec:java@export-xliff -Dlang=de -Dfile=legal-notice.de.xlf";

    private ExportCommand() {
    }

    public static void main(String[] arguments) throws IOException {
        if (arguments.length < 2 || arguments[0] == null || arguments[0].isBlank() || arguments[1] == null || arguments[1].isBlank()) {
            System.err.println(USAGE);
            System.exit(2);
        }
        Path folder = Path.of(arguments.length > 2 && !arguments[2].isBlank() ? arguments[2] : "i18n");
        Path file = Path.of(arguments[1]);
        try {
            boolean prefill = arguments.length > 3 && Boolean.parseBoolean(arguments[3]);
            int[] counts = export(folder, arguments[0], file, prefill);
            System.out.println(file + ": " + counts[0] + " units for '" + arguments[0] + "', " + counts[1] + " of them with a translation");
        } catch (XliffFormat.Refused e) {
            System.err.println(e.getMessage());
            System.exit(2);
        } catch (IOException e) {
            // a disk error, not the translator's: said in one line, never as a stack trace
            System.err.println("cannot write: " + XliffFormat.describe(e));
            System.exit(2);
        }
    }

    /** Writes the XLIFF; returns the number of units and of units with a target. */
    static int[] export(Path folder, String tag, Path file) throws XliffFormat.Refused, IOException {
        return export(folder, tag, file, false);
    }

    /**
     * Writes the XLIFF; with {@code prefill}, each unit without a translation carries a copy of
     * its source as target (state needs-translation), for tools that translate only targets.
     * Returns the number of units and of units with a translation.
     */
    static int[] export(Path folder, String tag, Path file, boolean prefill) throws XliffFormat.Refused, IOException {
        Translation translation = Translation.of(folder, tag);
        var parts = translation.parts(prefill);
        byte[] xliff = XliffFormat.write(tag, translation.original.version(),
                translation.original.lastmod() == null ? null : translation.original.lastmod().toString(), parts);
        AtomicFiles.write(file, xliff);
        int units = parts.stream().mapToInt(part -> part.units().size()).sum();
        int translated = (int) parts.stream().flatMap(part -> part.units().stream()).filter(Unit::translated).count();
        return new int[] {units, translated};
    }
}
