package io.plakar.legal.check;

import java.nio.file.Files;
import java.nio.file.Path;

import io.plakar.legal.content.I18nSource;

/**
 * Runs the check on an {@code i18n/} folder and prints the report; exits with 1 when there is
 * an error. Usage, from the project's root: {@code mvn -q compile exec:java@check}.
 */
public final class CheckCommand {

    private CheckCommand() {
    }

    public static void main(String[] arguments) {
        Path folder = Path.of(arguments.length > 0 ? arguments[0] : "i18n");
        if (!Files.isDirectory(folder)) {
            System.err.println(folder + ": no such folder; run the check from the project's root, or name the i18n folder");
            System.exit(2);
        }
        Report report = TranslationCheck.run(I18nSource.directory(folder));
        System.out.print(report.format());
        if (report.hasErrors()) {
            System.exit(1);
        }
    }
}
