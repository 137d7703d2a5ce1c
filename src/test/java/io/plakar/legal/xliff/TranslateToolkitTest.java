package io.plakar.legal.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.plakar.legal.I18nCopy;
import io.plakar.legal.content.I18nLayout;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An agency's translate-toolkit (Debian's 3.8, see {@link TranslateToolkit}) on our exports: its
 * placeholder checks, and a round trip through PO.
 */
class TranslateToolkitTest {

    @TempDir
    Path temp;

    @Test
    void pofilterFindsNoPlaceholderOrVariableErrorInTheExportOfAnyTranslation() throws Exception {
        Path i18n = I18nCopy.into(temp);
        Path exports = temp.resolve("exports");
        for (String tag : I18nCopy.translations(i18n)) {
            ExportCommand.export(i18n, tag, exports.resolve(tag + ".xlf"));
        }

        assertEquals(Map.of(), TranslateToolkit.pofilter(exports, TranslateToolkit.PLACEHOLDER_TESTS));
    }

    @Test
    void pofilterSeesTheCodesOfAnExport() throws Exception {
        // The test above must be able to fail: the same run on an export whose targets lost or
        // changed a code reports those units.
        Path i18n = I18nCopy.into(temp);
        String tag = I18nCopy.translations(i18n).get(0);
        Path xliff = temp.resolve(tag + ".xlf");
        ExportCommand.export(i18n, tag, xliff);
        Map<String, XliffUnits.Unit> units = XliffUnits.read(xliff);
        XliffUnits.Unit pattern = units.values().stream().filter(unit -> unit.target() != null && unit.targetTmx().contains(">{0}</ph>"))
                .findFirst().orElseThrow(() -> new AssertionError("no target holds the code {0}"));
        XliffUnits.Unit autolink = units.values().stream().filter(unit -> unit.target() != null && unit.targetTmx().matches(".*>&lt;[^<]*&gt;</ph>.*"))
                .findFirst().orElseThrow(() -> new AssertionError("no target holds an autolink <…>"));
        String text = Files.readString(xliff);
        String broken = text.replaceFirst("(<trans-unit id=\"" + pattern.id() + "\"[^>]*>[\\s\\S]*?<target[^>]*>[^<]*<ph id=\"\\d+\">)\\{0}", "$1{1}")
                .replaceFirst("(<trans-unit id=\"" + autolink.id() + "\"[^>]*>[\\s\\S]*?<target[^>]*>[\\s\\S]*?<ph id=\"\\d+\">)&lt;([^<]*)>", "$1$2");
        Path brokenXliff = temp.resolve("broken").resolve(tag + ".xlf");
        Files.createDirectories(brokenXliff.getParent());
        Files.writeString(brokenXliff, broken);
        assertEquals(2, changedTargets(units, XliffUnits.read(brokenXliff)), "the fixture changes two targets");

        Map<String, Map<String, List<String>>> found = TranslateToolkit.pofilter(brokenXliff.getParent(), TranslateToolkit.PLACEHOLDER_TESTS);

        assertEquals(List.of(tag + ".xlf"), List.copyOf(found.keySet()), found.toString());
        assertEquals(List.of(pattern.id(), autolink.id()).stream().sorted().toList(), found.get(tag + ".xlf").keySet().stream().sorted().toList(),
                found.toString());
    }

    @Test
    void aPoRoundTripThatKeepsTheCodesIsAccepted() throws Exception {
        Path i18n = I18nCopy.current(temp);
        String tag = I18nCopy.translations(i18n).contains("de") ? "de" : I18nCopy.translations(i18n).get(0);
        Path xliff = temp.resolve(tag + ".xlf");
        ExportCommand.export(i18n, tag, xliff);
        Map<String, XliffUnits.Unit> exported = XliffUnits.read(xliff);
        XliffUnits.Unit edited = exported.values().stream()
                .filter(unit -> unit.file().equals(Part.MESSAGES) && !unit.hasCodes() && unit.target() != null && !unit.id().startsWith("language."))
                .findFirst().orElseThrow();
        String newText = edited.target() + " (PO)";
        Path po = temp.resolve(tag + ".po");
        TranslateToolkit.xliff2po(xliff, po);
        Files.writeString(po, TranslateToolkit.setMsgstr(Files.readString(po), edited.id(), newText));
        Path merged = temp.resolve(tag + ".merged.xlf");
        TranslateToolkit.pomerge(xliff, po, merged);
        Map<String, XliffUnits.Unit> back = XliffUnits.read(merged);
        assertEquals(newText, back.get(edited.id()).target());
        assertTrue(back.values().stream().anyMatch(unit -> unit.hasCodes() && !unit.targetTmx().contains("<ph")),
                "pomerge writes codes as their text (the case the import must accept)");

        XliffImport.Result result = XliffImport.run(i18n, merged);

        assertEquals(List.of("i18n/" + I18nLayout.bundle(tag)), result.written(), "only the edited string's file");
        Path again = temp.resolve(tag + ".again.xlf");
        ExportCommand.export(i18n, tag, again);
        Map<String, XliffUnits.Unit> after = XliffUnits.read(again);
        for (XliffUnits.Unit unit : exported.values()) {
            assertEquals(unit.id().equals(edited.id()) ? newText : unit.target(), after.get(unit.id()).target(), unit.id());
        }
        exported.values().stream().filter(unit -> unit.target() != null && !unit.id().equals(edited.id()))
                .forEach(unit -> assertEquals(unit.targetTmx(), after.get(unit.id()).targetTmx(), unit.id() + ": its codes as codes again"));
    }

    private static int changedTargets(Map<String, XliffUnits.Unit> before, Map<String, XliffUnits.Unit> after) {
        return (int) before.values().stream().filter(unit -> !Objects.equals(unit.targetTmx(), after.get(unit.id()).targetTmx())).count();
    }
}
