package io.plakar.legal.xliff;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a translated XLIFF 1.2 file back into its language's two files of {@code i18n/}
 * (creating them for a new language), or refuses it and writes nothing. Usage, from the
 * project's root: {@code mvn -q compile exec:java@import-xliff -Dfile=legal-notice.de.xlf}.
 * Exits with 2 and one line per problem when it refuses the file.
 */
public final class ImportCommand {

    static final String USAGE = "Name the file: mvn -q compile exec:java@import-xliff -Dfile=legal-notice.de.xlf";

    private ImportCommand() {
    }

    public static void main(String[] arguments) throws IOException {
        if (arguments.length < 1 || arguments[0] == null || arguments[0].isBlank()) {
            System.err.println(USAGE);
            System.exit(2);
        }
        Path folder = Path.of(arguments.length > 1 ? arguments[1] : "i18n");
        try {
            XliffImport.Result result = XliffImport.run(folder, Path.of(arguments[0]));
            result.warnings().forEach(System.out::println);
            if (result.written().isEmpty()) {
                System.out.println(arguments[0] + ": nothing to write, the files of '" + result.tag() + "' already hold these texts");
                return;
            }
            result.written().forEach(file -> System.out.println(file + ": written"));
            System.out.println(result.recordedVersion() != null
                    ? "'" + result.tag() + "' records version " + result.recordedVersion() + " of the French original"
                    : "'" + result.tag() + "' still has units marked for review: its recorded version of the French original is unchanged;"
                            + " review them in your tool and import again, or run mark-current once they are right");
        } catch (XliffFormat.Refused e) {
            System.err.println(e.getMessage());
            System.exit(2);
        } catch (IOException e) {
            // a disk error, not the translator's: said in one line, never as a stack trace
            System.err.println("cannot import: " + XliffFormat.describe(e));
            System.exit(2);
        }
    }
}
