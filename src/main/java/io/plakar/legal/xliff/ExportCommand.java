package io.plakar.legal.xliff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes one language's XLIFF 1.2 file for translators: a unit per interface string and per
 * block of the document, French as source, the translation (where there is one) as target.
 * Usage, from the project's root:
 * {@code mvn -q compile exec:java@export-xliff -Dlang=de -Dfile=legal-notice.de.xlf}.
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
        Path folder = Path.of(arguments.length > 2 ? arguments[2] : "i18n");
        Path file = Path.of(arguments[1]);
        try {
            int[] counts = export(folder, arguments[0], file);
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
        Translation translation = Translation.of(folder, tag);
        var parts = translation.parts();
        byte[] xliff = XliffFormat.write(tag, translation.original.version(),
                translation.original.lastmod() == null ? null : translation.original.lastmod().toString(), parts);
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
        try {
            Files.write(temporary, xliff);
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        int units = parts.stream().mapToInt(part -> part.units().size()).sum();
        int translated = (int) parts.stream().flatMap(part -> part.units().stream()).filter(unit -> unit.target() != null).count();
        return new int[] {units, translated};
    }
}
