package io.plakar.legal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The one reader of front matter: every line that breaks it is named, none is dropped. */
class FrontMatterTest {

    private static final String FILE = "i18n/content/legal-notice.xx.md";

    private final List<Problem> problems = new ArrayList<>();

    private FrontMatter read(String text) {
        return FrontMatter.read(TextFile.lines(text), FILE, problems::add);
    }

    @Test
    void readsFieldsWithOrWithoutQuotesAndTheirLines() {
        FrontMatter frontMatter = read("---\ntitle: \"Mentions légales\"\nslug: 'mentions-legales'\nlastmod: 2025-05-06\n---\n\nText\n");
        assertEquals(List.of(), problems);
        assertEquals(new FrontMatter.Field("Mentions légales", 2), frontMatter.get("title"));
        assertEquals(new FrontMatter.Field("mentions-legales", 3), frontMatter.get("slug"));
        assertEquals("2025-05-06", frontMatter.value("lastmod"));
        assertEquals(6, frontMatter.bodyLine());
        assertNull(frontMatter.get("description"));
    }

    @Test
    void namesEveryBrokenLineAndReadsTheOthers() {
        FrontMatter frontMatter = read("---\ntitle: \"Impressum\nnot a field\nslug: impressum\nslug: other\n---\nText\n");
        assertEquals(List.of(
                Problem.error(FILE, 2, "the value of 'title' opens a quote it does not close"),
                Problem.error(FILE, 3, "the front matter cannot be read here: expected 'name: value'"),
                Problem.error(FILE, 5, "the field 'slug' is already set on line 4")), problems);
        assertTrue(frontMatter.readable());
        assertEquals("impressum", frontMatter.value("slug"));
        assertNull(frontMatter.get("title"));
    }

    @Test
    void refusesAMissingOrUnclosedFrontMatter() {
        assertFalse(read("## Impressum\n").readable());
        assertFalse(read("---\ntitle: Impressum\n\n## Impressum\n").readable());
        assertEquals(List.of(
                Problem.error(FILE, 1, "the front matter is missing: the file must start with a line '---'"),
                Problem.error(FILE, 1, "the front matter is not closed: add a line '---' after its last field")), problems);
    }

    @Test
    void settingAFieldFindsItAsReadingDoesEvenWithASpaceBeforeTheColon() {
        // A translator wrote "original_version : …": mark-current and the import replace that line, never add a second.
        List<String> lines = new ArrayList<>(List.of("---", "title: \"Impressum\"", "original_version : 0123456789ab", "---", "", "Text"));

        FrontMatter.set(lines, "original_version", "ba9876543210");
        FrontMatter.set(lines, "original_lastmod", "2026-12-01");

        assertEquals(List.of("---", "title: \"Impressum\"", "original_version: ba9876543210", "original_lastmod: 2026-12-01", "---", "", "Text"), lines);
        FrontMatter frontMatter = FrontMatter.read(lines, FILE, problems::add);
        assertEquals(List.of(), problems);
        assertEquals("ba9876543210", frontMatter.value("original_version"));
    }
}
