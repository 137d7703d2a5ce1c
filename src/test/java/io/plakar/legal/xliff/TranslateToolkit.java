package io.plakar.legal.xliff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Debian's translate-toolkit 3.8 ({@code xliff2po}, {@code pofilter}, {@code pomerge}) run as an
 * agency runs it on our XLIFF files.
 * <p>
 * Found by trying: {@code xliff2po} marks every unit fuzzy unless the unit is
 * {@code approved="yes"}, and drops notes without {@code from}; the PO carries codes as their
 * text ({@code {0}}, {@code {{company.brand}}}). {@code pomerge} writes each target as text
 * (no {@code <ph>} any more), {@code state="needs-translation"} for a fuzzy entry, else
 * {@code state="translated"} and {@code approved="yes"}. {@code pofilter} exits 0 whatever it
 * finds, and writes its output only when a test fails: one {@code <note from="pofilter">} per
 * failure.
 */
final class TranslateToolkit {

    static final Duration TIMEOUT = Duration.ofMinutes(1);
    /**
     * The pofilter tests that look at placeholders and variables: printf and Python brace
     * formats ({@code {0}}), other variable styles, XML tags ({@code <…>} autolinks), URLs and
     * e-mail addresses. Not {@code brackets}, which counts a translator's own parentheses.
     */
    static final List<String> PLACEHOLDER_TESTS = List.of("printf", "pythonbraceformat", "variables", "xmltags", "urls", "emails");

    private TranslateToolkit() {
    }

    /** {@code xliff2po -i xliff -o po}. */
    static void xliff2po(Path xliff, Path po) throws IOException, InterruptedException {
        ExternalTool.run(po.toAbsolutePath().getParent(), TIMEOUT, Map.of(),
                List.of("xliff2po", "--progress=none", "--errorlevel=traceback", "-i", xliff.toString(), "-o", po.toString()));
        requireFile(po, "xliff2po");
    }

    /** {@code pomerge -t template -i po -o merged}: the PO's translations onto the XLIFF. */
    static void pomerge(Path template, Path po, Path merged) throws IOException, InterruptedException {
        ExternalTool.run(merged.toAbsolutePath().getParent(), TIMEOUT, Map.of(),
                List.of("pomerge", "--progress=none", "--errorlevel=traceback", "-t", template.toString(), "-i", po.toString(), "-o", merged.toString()));
        requireFile(merged, "pomerge");
    }

    /**
     * {@code pofilter -t … -i folder -o report}, one run for every XLIFF file of the folder: each
     * file's failures, by file name then unit id ("test: message"); empty when every test passed
     * in every file.
     */
    static Map<String, Map<String, List<String>>> pofilter(Path folder, List<String> tests) throws Exception {
        Path report = folder.resolveSibling(folder.getFileName() + ".pofilter");
        List<String> command = new ArrayList<>(List.of("pofilter", "--progress=none", "--errorlevel=traceback"));
        tests.forEach(test -> command.addAll(List.of("-t", test)));
        command.addAll(List.of("-i", folder.toString(), "-o", report.toString()));
        ExternalTool.run(folder.toAbsolutePath().getParent(), TIMEOUT, Map.of(), command);
        Map<String, Map<String, List<String>>> failures = new TreeMap<>();
        if (!Files.isDirectory(report)) {
            return failures;
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (Stream<Path> files = Files.list(report)) {
            for (Path file : files.sorted().toList()) {
                Map<String, List<String>> found = new LinkedHashMap<>();
                NodeList units = factory.newDocumentBuilder().parse(file.toFile()).getElementsByTagNameNS("*", "trans-unit");
                for (int i = 0; i < units.getLength(); i++) {
                    Element unit = (Element) units.item(i);
                    NodeList notes = unit.getElementsByTagNameNS("*", "note");
                    for (int n = 0; n < notes.getLength(); n++) {
                        Element note = (Element) notes.item(n);
                        if ("pofilter".equals(note.getAttribute("from"))) {
                            found.computeIfAbsent(unit.getAttribute("id"), id -> new ArrayList<>()).add(note.getTextContent());
                        }
                    }
                }
                failures.put(file.getFileName().toString(), found);
            }
        }
        return failures;
    }

    /**
     * A PO file's {@code msgstr} for the entry whose location comment is {@code #: id}, replaced
     * by {@code text} (one line, escaped for PO), and the entry no longer fuzzy: what a
     * translator's PO editor does.
     */
    static String setMsgstr(String po, String id, String text) {
        String[] entries = po.split("\n\n", -1);
        for (int i = 0; i < entries.length; i++) {
            if (entries[i].lines().anyMatch(line -> line.equals("#: " + id))) {
                int at = entries[i].indexOf("\nmsgstr ");
                if (at < 0) {
                    throw new AssertionError("the PO entry of " + id + " has no msgstr:\n" + entries[i]);
                }
                String entry = entries[i].substring(0, at).replace("\n#, fuzzy\n", "\n");
                entries[i] = entry + "\nmsgstr \"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"" + (i == entries.length - 1 ? "\n" : "");
                return String.join("\n\n", entries);
            }
        }
        throw new AssertionError("the PO has no entry #: " + id);
    }

    private static void requireFile(Path file, String tool) {
        if (!Files.isRegularFile(file)) {
            throw new AssertionError(tool + " exited 0 but wrote no " + file);
        }
    }
}
