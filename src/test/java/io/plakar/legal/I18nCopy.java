package io.plakar.legal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.plakar.legal.content.DocumentFile;
import io.plakar.legal.content.I18nFiles;
import io.plakar.legal.content.I18nLayout;
import io.plakar.legal.content.I18nReader;
import io.plakar.legal.content.I18nSource;
import io.plakar.legal.content.MarkdownRenderer;

/**
 * Copies of folders for tests: the real {@code i18n/} to break or extend (and the edits and line
 * look-ups of those fixtures), a server's base directory; and their removal.
 */
public final class I18nCopy {

    public static final Path I18N = Path.of("i18n");

    /**
     * A language tag that no file of {@code i18n/} uses, for the tests that add a language: the
     * first of a few that is free, so that a translator who adds that very language (Portuguese is
     * the first) keeps the build green.
     */
    public static final String NEW_TAG = Stream.of("pt", "sv", "da", "fi", "pl", "cs", "el", "hu")
            .filter(tag -> !Files.exists(I18N.resolve("messages/" + tag + ".properties"))
                    && !Files.exists(I18N.resolve("content/legal-notice." + tag + ".md")))
            .findFirst().orElseThrow();

    private I18nCopy() {
    }

    /** Copies {@code i18n/} into {@code parent/i18n} and returns the copy. */
    public static Path into(Path parent) throws IOException {
        Path copy = parent.resolve("i18n");
        copyTree(I18N, copy);
        return copy;
    }

    /**
     * A copy of {@code i18n/} in {@code parent/i18n} in which every translation is current: the
     * French as it was at the version that most translations record (its copy kept under
     * {@code originals/}), and only the languages whose document records that version (their
     * bundles too; the other languages' files are left out). The state that tests of "what
     * happens when the French changes" start from, whatever state the real folder is in: the
     * French just edited (every translation stale), a translation half done, a language added.
     */
    public static Path current(Path parent) throws IOException {
        Path copy = into(parent);
        I18nFiles files = I18nReader.read(I18nSource.directory(copy));
        Map<String, Long> recorded = files.documents().values().stream()
                .filter(document -> !document.tag().equals(I18nLayout.ORIGINAL) && document.originalVersion() != null
                        && files.originals().containsKey(document.originalVersion()))
                .collect(Collectors.groupingBy(DocumentFile::originalVersion, TreeMap::new, Collectors.counting()));
        assertFalse(recorded.isEmpty(), "no translation of i18n/ records a version of the French whose copy is kept");
        String version = recorded.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        Files.copy(copy.resolve(I18nLayout.originalCopy(version)), copy.resolve(I18nLayout.document(I18nLayout.ORIGINAL)),
                StandardCopyOption.REPLACE_EXISTING);
        for (String tag : files.tags()) {
            DocumentFile document = files.documents().get(tag);
            if (!tag.equals(I18nLayout.ORIGINAL) && (document == null || !version.equals(document.originalVersion()))) {
                Files.deleteIfExists(copy.resolve(I18nLayout.bundle(tag)));
                Files.deleteIfExists(copy.resolve(I18nLayout.document(tag)));
            }
        }
        for (String name : files.originals().keySet()) {
            if (!name.equals(version)) {
                Files.delete(copy.resolve(I18nLayout.originalCopy(name)));
            }
        }
        return copy;
    }

    /** The translations (tags other than the French) whose documents a copy of {@code i18n/} holds, sorted. */
    public static List<String> translations(Path i18n) {
        List<String> tags = I18nReader.read(I18nSource.directory(i18n)).documents().keySet().stream()
                .filter(tag -> !tag.equals(I18nLayout.ORIGINAL)).sorted().toList();
        assertFalse(tags.isEmpty(), "no translation in " + i18n);
        return tags;
    }

    /** Copies a folder and everything in it. */
    public static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path destination = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(file, destination);
                }
            }
        }
    }

    /** Deletes a folder and everything in it, if it exists. */
    public static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    /** Changes a file of a copy of {@code i18n/}; a change that changes nothing fails the test. */
    public static void edit(Path i18n, String file, UnaryOperator<String> change) throws IOException {
        Path path = i18n.resolve(file);
        String before = Files.readString(path);
        String after = change.apply(before);
        assertNotEquals(before, after, "the fixture did not change " + file);
        Files.writeString(path, after);
    }

    /** A word of the French replaced by another: its section and line, and the two words. */
    public record Reword(int section, String heading, int line, String before, String after) {
    }

    /**
     * Replaces one word of the French document of a copy of {@code i18n/}: the first word of five
     * letters or more of the last section's first paragraph, whatever the French says today.
     */
    public static Reword reword(Path i18n) throws IOException {
        Path path = i18n.resolve(I18nLayout.document(I18nLayout.ORIGINAL));
        DocumentFile french = I18nReader.read(I18nSource.directory(i18n)).original();
        int last = french.headings().size();
        for (MarkdownRenderer.Block block : french.blocks()) {
            if (block.kind() != MarkdownRenderer.Block.Kind.PARAGRAPH || french.sectionOf(block.line()) != last) {
                continue;
            }
            Matcher word = Pattern.compile("(?<![\\p{L}{])\\p{L}{5,}(?![\\p{L}}])").matcher(french.text().substring(block.start(), block.end()));
            if (word.find()) {
                String after = word.group().equals("révisé") ? "remanié" : "révisé";
                String text = french.text();
                Files.writeString(path, text.substring(0, block.start() + word.start()) + after + text.substring(block.start() + word.end()));
                return new Reword(last, french.headings().get(last - 1).text(), french.sectionLine(last), word.group(), after);
            }
        }
        throw new AssertionError("the last section of the French has no paragraph with a word to change");
    }

    /** The heading texts of the French document of a copy of {@code i18n/}, in order. */
    public static List<String> headings(Path i18n) {
        return I18nReader.read(I18nSource.directory(i18n)).original().headings().stream().map(MarkdownRenderer.Heading::text).toList();
    }

    /** The line (from 1) of the first line of the file that contains the text. */
    public static int line(Path i18n, String file, String text) throws IOException {
        List<String> lines = Files.readAllLines(i18n.resolve(file));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(file + " has no line with " + text);
    }
}
