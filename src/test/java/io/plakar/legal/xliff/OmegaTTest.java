package io.plakar.legal.xliff;

import static io.plakar.legal.xliff.XliffRoundTripTest.assertSameFiles;
import static io.plakar.legal.xliff.XliffRoundTripTest.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.plakar.legal.I18nCopy;
import io.plakar.legal.check.LanguageStatus;
import io.plakar.legal.check.Report;
import io.plakar.legal.check.TranslationCheck;
import io.plakar.legal.content.DocumentFile;
import io.plakar.legal.content.I18nFiles;
import io.plakar.legal.content.I18nLayout;
import io.plakar.legal.content.I18nReader;
import io.plakar.legal.content.I18nSource;
import io.plakar.legal.content.SiteContent;
import io.plakar.legal.content.SiteContentLoader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An agency's OmegaT (Debian's 3.6, console mode, see {@link OmegaT}) between the export and the
 * import, on copies of {@code i18n/} in the state each test builds.
 */
class OmegaTTest {

    @TempDir
    Path temp;

    @Test
    void germanHalfDoneThroughOmegaTWithTodaysGermanAsItsMemoryComesBackByteForByte() throws Exception {
        Path i18n = I18nCopy.current(temp);
        String tag = german(i18n);
        Map<String, byte[]> before = snapshot(i18n);
        Path plain = temp.resolve("plain").resolve(tag + ".xlf");
        ExportCommand.export(i18n, tag, plain);
        Map<String, XliffUnits.Unit> today = XliffUnits.read(plain);
        // An agency's memory of today's German: French source to German target, unit by unit.
        List<OmegaT.Pair> memory = today.values().stream().filter(unit -> unit.target() != null)
                .map(unit -> new OmegaT.Pair(unit.sourceTmx(), unit.targetTmx())).toList();
        // A round half done: two blocks of the German are still the French text, one with codes.
        String file = I18nLayout.document(tag);
        String german = Files.readString(i18n.resolve(file));
        List<XliffUnits.Unit> reverted = new ArrayList<>();
        for (boolean codes : List.of(true, false)) {
            reverted.add(today.values().stream().filter(unit -> unit.file().equals(Part.DOCUMENT) && unit.id().matches("s\\d+\\.\\d+")
                    && unit.hasCodes() == codes && unit.target() != null && !unit.target().equals(unit.source())
                    && german.indexOf(unit.target()) >= 0 && german.indexOf(unit.target()) == german.lastIndexOf(unit.target()))
                    .findFirst().orElseThrow(() -> new AssertionError("no block of the German to revert, codes: " + codes)));
        }
        for (XliffUnits.Unit unit : reverted) {
            I18nCopy.edit(i18n, file, text -> text.replace(unit.target(), unit.source()));
        }
        Path handedOut = temp.resolve("agency").resolve(tag + ".xlf");
        exportPrefilled(i18n, tag, handedOut);
        Path plainNow = temp.resolve("plain-now").resolve(tag + ".xlf");
        ExportCommand.export(i18n, tag, plainNow);
        Map<String, XliffUnits.Unit> prefilled = XliffUnits.read(handedOut);
        assertPrefilled(prefilled, XliffUnits.read(plainNow));
        reverted.forEach(unit -> assertEquals(unit.sourceTmx(), prefilled.get(unit.id()).targetTmx(), unit.id() + " is prefilled"));

        // OmegaT's segments are the prefilled export's targets: the memory translates the copies
        // of their source, and OmegaT leaves the German ones as they are.
        Path translated = OmegaT.translate(temp.resolve("omegat"), handedOut, tag, memory);
        Map<String, XliffUnits.Unit> back = XliffUnits.read(translated);
        today.values().stream().filter(unit -> unit.target() != null).forEach(unit -> assertEquals(unit.targetTmx(), back.get(unit.id()).targetTmx(),
                "OmegaT's target for " + unit.id() + ": today's German"));
        XliffImport.Result result = XliffImport.run(i18n, translated);

        assertEquals(List.of("i18n/" + file), result.written(), "the German document, its two blocks translated again");
        assertSameFiles(before, snapshot(i18n));
    }

    @Test
    void aNewLanguageThroughOmegaTWithSegmentsMissingFromItsMemoryIsServedWithThoseInFrench() throws Exception {
        Path i18n = I18nCopy.into(temp);
        String tag = I18nCopy.NEW_TAG;
        String donor = donor(i18n);
        Path donorExport = temp.resolve("donor").resolve(donor + ".xlf");
        ExportCommand.export(i18n, donor, donorExport);
        Map<String, XliffUnits.Unit> donorUnits = XliffUnits.read(donorExport);
        Path handedOut = temp.resolve("agency").resolve(tag + ".xlf");
        exportPrefilled(i18n, tag, handedOut);
        Map<String, XliffUnits.Unit> units = XliffUnits.read(handedOut);
        Path plain = temp.resolve("plain").resolve(tag + ".xlf");
        ExportCommand.export(i18n, tag, plain);
        assertPrefilled(units, XliffUnits.read(plain));
        // Left out of the memory: an interface string and two blocks of the document, plain text
        // that the memory translates differently from the French and that no other unit repeats.
        Set<String> sources = units.values().stream().map(XliffUnits.Unit::source).collect(Collectors.groupingBy(source -> source, Collectors.counting()))
                .entrySet().stream().filter(entry -> entry.getValue() == 1).map(Map.Entry::getKey).collect(Collectors.toSet());
        Predicate<XliffUnits.Unit> plainAndUnique = unit -> !unit.hasCodes() && sources.contains(unit.source()) && simple(unit.source())
                && donorUnits.get(unit.id()).target() != null && simple(donorUnits.get(unit.id()).target())
                && !donorUnits.get(unit.id()).target().equals(unit.source());
        List<XliffUnits.Unit> strings = units.values().stream().filter(unit -> unit.file().equals(Part.MESSAGES) && !unit.id().startsWith("language."))
                .filter(plainAndUnique).toList();
        List<XliffUnits.Unit> blocks = units.values().stream().filter(unit -> unit.file().equals(Part.DOCUMENT) && unit.id().matches("s\\d+\\.\\d+"))
                .filter(plainAndUnique).toList();
        assertTrue(strings.size() >= 2 && blocks.size() >= 3, "plain units to leave out and to keep: " + strings + blocks);
        XliffUnits.Unit missingString = strings.get(strings.size() - 1);
        List<XliffUnits.Unit> missingBlocks = blocks.subList(blocks.size() - 2, blocks.size());
        XliffUnits.Unit keptBlock = blocks.get(0);
        Set<String> missing = new HashSet<>(List.of(missingString.id()));
        missingBlocks.forEach(unit -> missing.add(unit.id()));
        String slug = "notice-" + tag;
        List<OmegaT.Pair> memory = new ArrayList<>();
        for (XliffUnits.Unit unit : donorUnits.values()) {
            if (unit.target() == null || missing.contains(unit.id())) {
                continue;
            }
            String target = switch (unit.id()) {
                case "language.name" -> Locale.forLanguageTag(tag).getDisplayLanguage(Locale.forLanguageTag(tag));
                case "language.format-locale" -> tag;
                case "slug" -> slug;
                default -> unit.targetTmx();
            };
            memory.add(new OmegaT.Pair(unit.sourceTmx(), target));
        }

        Path translated = OmegaT.translate(temp.resolve("omegat"), handedOut, tag, memory);
        Map<String, XliffUnits.Unit> back = XliffUnits.read(translated);
        for (String id : missing) {
            assertEquals(units.get(id).source(), back.get(id).target(), "OmegaT leaves " + id + " as the prefill put it, in French");
        }
        assertEquals(donorUnits.get(keptBlock.id()).target(), back.get(keptBlock.id()).target(), "OmegaT's translation of " + keptBlock.id());
        XliffImport.Result result = XliffImport.run(i18n, translated);

        assertEquals(Set.of("i18n/" + I18nLayout.bundle(tag), "i18n/" + I18nLayout.document(tag)), Set.copyOf(result.written()));
        I18nFiles files = I18nReader.read(I18nSource.directory(i18n));
        Report report = TranslationCheck.check(files);
        assertFalse(report.hasErrors(), report.format());
        DocumentFile document = files.documents().get(tag);
        LanguageStatus status = report.languages().stream().filter(language -> language.tag().equals(tag)).findFirst().orElseThrow();
        assertEquals(LanguageStatus.Document.INCOMPLETE, status.document(), "untranslated blocks: incomplete, not current");
        assertTrue(status.translated() < status.total(), "an untranslated string counts: " + status.translated() + " of " + status.total());
        for (XliffUnits.Unit block : missingBlocks) {
            assertTrue(report.problems().stream().anyMatch(problem -> !problem.isError() && problem.file().equals(document.file())
                    && problem.message().contains("'" + block.id() + "'")), "the check names " + block.id() + ":\n" + report.format());
        }
        assertEquals(slug, document.slug());
        assertNull(files.bundles().get(tag).get(missingString.id()), "an untranslated string is left out, so that the French shows");
        assertNotEquals(null, files.bundles().get(tag).get(strings.get(0).id()), "a translated string is written");
        for (XliffUnits.Unit block : missingBlocks) {
            assertTrue(document.text().contains(block.source()), block.id() + " stays French in the new language's file: " + block.source());
        }
        assertTrue(document.text().contains(donorUnits.get(keptBlock.id()).target()), keptBlock.id() + " translated");
        assertFalse(document.text().contains(keptBlock.source()), keptBlock.id() + " no longer French");
        SiteContent site = SiteContentLoader.load(I18nSource.directory(i18n));
        assertTrue(site.translated(tag), "the site serves the new language's own document");
        assertEquals("/" + tag + "/" + slug, site.path(tag));
        String html = site.document(tag).html();
        assertTrue(html.contains(donorUnits.get(keptBlock.id()).target()), "served: " + keptBlock.id());
        missingBlocks.forEach(block -> assertTrue(html.contains(block.source()), "served in French: " + block.id()));
    }

    @Test
    void withOmegaTsDefaultFiltersACodeEndingATargetLosesTheSpaceBeforeItAndTheImportWarns() throws Exception {
        // Issue 19, case 5: OmegaT cuts a code at a segment's end off the segment, with the space
        // before it, and writes the translation and the code back without that space.
        Path i18n = I18nCopy.into(temp);
        String fact = I18nReader.read(I18nSource.directory(i18n)).facts().values().keySet().iterator().next();
        String french = "Contact {{" + fact + "}}";
        I18nCopy.edit(i18n, I18nLayout.document(I18nLayout.ORIGINAL), text -> text.stripTrailing() + "\n\n" + french + "\n");
        String tag = I18nCopy.NEW_TAG;
        Path handedOut = temp.resolve("agency").resolve(tag + ".xlf");
        exportPrefilled(i18n, tag, handedOut);
        Map<String, XliffUnits.Unit> units = XliffUnits.read(handedOut);
        XliffUnits.Unit contact = units.values().stream().filter(unit -> unit.source().equals(french)).findFirst()
                .orElseThrow(() -> new AssertionError("no unit of the paragraph " + french));
        String code = contact.sourceTmx().substring(contact.sourceTmx().indexOf("<ph"));
        // The memory also names the language, as an agency's does: a new language's files must pass the check.
        List<OmegaT.Pair> memory = List.of(new OmegaT.Pair(contact.sourceTmx(), "Kontakt " + code),
                new OmegaT.Pair(units.get("slug").sourceTmx(), "notice-" + tag),
                new OmegaT.Pair(units.get("language.format-locale").sourceTmx(), tag),
                new OmegaT.Pair(units.get("language.name").sourceTmx(), Locale.forLanguageTag(tag).getDisplayLanguage(Locale.forLanguageTag(tag))));

        Path translated = OmegaT.translate(temp.resolve("omegat"), handedOut, tag, memory, OmegaT.Filters.OMEGAT_DEFAULTS);
        assertEquals("Kontakt{{" + fact + "}}", XliffUnits.read(translated).get(contact.id()).target(), "OmegaT 3.6 drops the space before the code");
        XliffImport.Result result = XliffImport.run(i18n, translated);

        List<String> warnings = result.warnings();
        assertTrue(warnings.stream().anyMatch(warning -> warning.contains("'" + contact.id() + "'")), "a warning names " + contact.id() + ": " + warnings);
    }

    /** German, where the copy has it (the agency's case of issue 19), else the copy's first translation. */
    private static String german(Path i18n) {
        List<String> translations = I18nCopy.translations(i18n);
        return translations.contains("de") ? "de" : translations.get(0);
    }

    /** The translation whose text stands in for a new language's: English where the copy has it. */
    private static String donor(Path i18n) {
        List<String> translations = I18nCopy.translations(i18n);
        return translations.contains("en") ? "en" : translations.get(0);
    }

    /** Text that reads the same in Markdown, in HTML and in the file: letters, digits, spaces, simple punctuation. */
    private static boolean simple(String text) {
        return text.matches("[\\p{L}\\p{N} ,.;:!?()\\-]+") && text.codePoints().anyMatch(Character::isLetter);
    }

    /** The export with the prefill option, as for OmegaT: each unit without a translation gets a copy of its source. */
    static void exportPrefilled(Path i18n, String tag, Path file) throws Exception {
        ExportCommand.export(i18n, tag, file, true);
    }

    /**
     * What the prefill promises OmegaT, against the same export without it: every unit has a
     * target (OmegaT sees no other segment); a unit without a translation gets a copy of its
     * source, marked needs-translation; the others keep theirs.
     */
    private static void assertPrefilled(Map<String, XliffUnits.Unit> prefilled, Map<String, XliffUnits.Unit> plain) {
        assertEquals(plain.keySet(), prefilled.keySet(), "the same units");
        for (XliffUnits.Unit unit : prefilled.values()) {
            XliffUnits.Unit without = plain.get(unit.id());
            assertNotEquals(null, unit.target(), "the prefill gives " + unit.id() + " a target");
            if (without.target() == null) {
                assertEquals(unit.sourceTmx(), unit.targetTmx(), "the prefill copies the source of " + unit.id() + " into its target");
                assertEquals("needs-translation", unit.state(), "the state of " + unit.id() + "'s prefilled target");
            } else {
                assertEquals(without.targetTmx(), unit.targetTmx(), unit.id() + " keeps its translation");
            }
        }
    }
}
