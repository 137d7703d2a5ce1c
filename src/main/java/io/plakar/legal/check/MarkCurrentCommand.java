package io.plakar.legal.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.plakar.legal.content.FrontMatter;
import io.plakar.legal.content.I18nLayout;
import io.plakar.legal.content.SourceVersion;

/**
 * Marks a translation as brought up to date with the French original: records the original's
 * current version and its {@code lastmod} (else {@code date}) in the translation's front
 * matter. Usage, from the project's root:
 * {@code mvn -q compile exec:java@mark-current -Dlang=de}.
 */
public final class MarkCurrentCommand {

    private MarkCurrentCommand() {
    }

    public static void main(String[] arguments) throws IOException {
        if (arguments.length < 1 || arguments[0] == null || arguments[0].isBlank()) {
            System.err.println("Name the language: mvn -q compile exec:java@mark-current -Dlang=de");
            System.exit(2);
        }
        Path folder = Path.of(arguments.length > 1 ? arguments[1] : "i18n");
        try {
            Path file = mark(folder, arguments[0]);
            System.out.println(file + ": marked current with the original (" + SourceVersion.FIELD + ": "
                    + SourceVersion.of(Files.readString(original(folder))) + ")");
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }

    /** Records the original's version in the translation; returns the translation's file. */
    static Path mark(Path folder, String tag) throws IOException {
        if (!I18nLayout.isTag(tag) || tag.equals(I18nLayout.ORIGINAL)) {
            throw new IllegalArgumentException("'" + tag + "' is not a translation's language tag");
        }
        Path file = folder.resolve(I18nLayout.document(tag));
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": no such translation");
        }
        String originalText = Files.readString(original(folder), StandardCharsets.UTF_8);
        String version = SourceVersion.of(originalText);
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            throw new IllegalArgumentException(file + ":1: the front matter is missing; fix it first");
        }
        set(lines, SourceVersion.FIELD, version);
        String lastmod = lastmod(List.of(originalText.split("\r\n|\r|\n", -1)));
        if (lastmod != null) {
            set(lines, SourceVersion.LASTMOD_FIELD, lastmod);
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    /** Sets a front matter field: replaces its line, or adds it at the end of the front matter. */
    private static void set(List<String> lines, String name, String value) {
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).startsWith(name + ":")) {
                lines.set(i, name + ": " + value);
                return;
            }
            if (lines.get(i).strip().equals("---")) {
                lines.add(i, name + ": " + value);
                return;
            }
        }
    }

    /** The original's lastmod, else its date, as written (the day only); null if it has neither. */
    private static String lastmod(List<String> originalLines) {
        FrontMatter frontMatter = FrontMatter.read(originalLines, "original", problem -> { });
        FrontMatter.Field field = frontMatter.get("lastmod") != null ? frontMatter.get("lastmod") : frontMatter.get("date");
        if (field == null || field.value().isBlank()) {
            return null;
        }
        String value = field.value().strip();
        return value.length() > 10 ? value.substring(0, 10) : value;
    }

    private static Path original(Path folder) {
        return folder.resolve(I18nLayout.document(I18nLayout.ORIGINAL));
    }
}
