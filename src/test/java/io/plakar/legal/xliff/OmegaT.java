package io.plakar.legal.xliff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Debian's OmegaT 3.6 driven as an agency drives it, headless: a project around one XLIFF file,
 * whose translation memory pre-translates it, then {@code omegat --mode=console-translate}.
 * <p>
 * What the project must say, found by trying:
 * <ul>
 * <li>OmegaT's own XLIFF filter translates the <em>targets</em>: a unit without a
 * {@code <target>} is no segment. The export's prefill option puts the French there.</li>
 * <li>Sentence segmentation off ({@code <sentence_seg>false}): a segment is a unit's whole
 * target, the TMX's segments are units ({@code segtype="paragraph"}).</li>
 * <li>The memory in {@code tm/auto/}: console mode only inserts exact matches from there (a TMX
 * in {@code tm/} fills nothing).</li>
 * <li>OmegaT reads an external TMX's inline codes only with the preferences
 * {@code ext_tmx_show_level2} and {@code ext_tmx_use_slash}; otherwise it drops their content and
 * no unit with a code matches. A TMX {@code <ph>} becomes the shortcut {@code <c0/>}: the first
 * letter of its content ({@code f} without one) and its rank in the segment, as the XLIFF
 * filter names the same {@code <ph>}.</li>
 * <li>The file filters' "remove leading and trailing tags" off ({@code omegat/filters.xml},
 * {@code removeTags="false"}; {@link Filters#KEEP_TAGS}). With OmegaT's default
 * ({@link Filters#OMEGAT_DEFAULTS}), a code at a target's start or end is cut off the segment
 * (so a memory must hold segments cut the same way), and a translated segment is written back
 * without the space that stood between it and the code ({@code Letzte Aktualisierung:{0}}).
 * A segment OmegaT did not translate is written back as it was.</li>
 * <li>The TMX's {@code creationtool} must not be {@code OmegaT}: OmegaT reads its own TMX files
 * with its tag shortcuts as plain text ({@code &lt;c0/&gt;}), not TMX inline elements.</li>
 * <li>No {@code HOME} and no display needed: {@code --config-dir} holds the preferences and
 * the log. The Debian launcher passes its arguments unquoted ({@code $*}): no spaces in paths.
 * {@code --mode} takes {@code console-translate}; the help's
 * {@code console-pseudotranslatetmx} is spelt {@code console-createpseudotranslatetmx}, and an
 * unknown mode starts the GUI (which fails headless).</li>
 * </ul>
 * OmegaT leaves each target's {@code state} as it found it ({@code needs-translation} after a
 * prefill, translated or not) and writes {@code >} as {@code &gt;}.
 */
final class OmegaT {

    /** The installed launcher ({@code /usr/bin/omegat}), which runs {@code java -jar OmegaT.jar}. */
    static final String BINARY = "omegat";
    static final Duration TIMEOUT = Duration.ofMinutes(2);

    /** A pair of the memory, as TMX segment contents (text escaped, inline codes as TMX elements). */
    record Pair(String source, String target) {
    }

    /** The project's file filter settings. */
    enum Filters {
        /** "Remove leading and trailing tags" off: a segment is a unit's whole target, codes at its ends included. */
        KEEP_TAGS,
        /**
         * OmegaT's defaults: codes (and the whitespace next to them) at a target's start and end
         * are left out of the segment, and so out of the memory, which is written that way.
         */
        OMEGAT_DEFAULTS
    }

    /** Codes, and whitespace, at the start or the end of TMX segment content. */
    private static final Pattern LEADING = Pattern.compile("^(?:\\s|<(ph|bpt|ept|it)\\b[^>]*>[^<]*</\\1>)+");
    private static final Pattern TRAILING = Pattern.compile("(?:\\s|<(ph|bpt|ept|it)\\b[^>]*>[^<]*</\\1>)+$");

    private OmegaT() {
    }

    /**
     * Builds an OmegaT project in {@code folder} around a copy of {@code xliff}, with {@code memory}
     * as its TMX, translates it in console mode and returns the file OmegaT wrote.
     */
    static Path translate(Path folder, Path xliff, String targetLanguage, List<Pair> memory) throws IOException, InterruptedException {
        return translate(folder, xliff, targetLanguage, memory, Filters.KEEP_TAGS);
    }

    /**
     * As {@link #translate(Path, Path, String, List)}, with the given file filter settings (the
     * memory written as OmegaT would have stored it under them).
     */
    static Path translate(Path folder, Path xliff, String targetLanguage, List<Pair> memory, Filters filters) throws IOException, InterruptedException {
        Path project = folder.resolve("project");
        Path config = folder.resolve("config");
        for (String sub : List.of("source", "target", "tm/auto", "glossary", "dictionary", "omegat")) {
            Files.createDirectories(project.resolve(sub));
        }
        Files.createDirectories(config);
        Files.writeString(project.resolve("omegat.project"), """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <omegat>
                    <project version="1.0">
                        <source_dir>__DEFAULT__</source_dir>
                        <target_dir>__DEFAULT__</target_dir>
                        <tm_dir>__DEFAULT__</tm_dir>
                        <glossary_dir>__DEFAULT__</glossary_dir>
                        <glossary_file>__DEFAULT__</glossary_file>
                        <dictionary_dir>__DEFAULT__</dictionary_dir>
                        <source_lang>fr</source_lang>
                        <target_lang>%s</target_lang>
                        <source_tok>org.omegat.tokenizer.LuceneFrenchTokenizer</source_tok>
                        <target_tok>org.omegat.tokenizer.DefaultTokenizer</target_tok>
                        <sentence_seg>false</sentence_seg>
                        <support_default_translations>true</support_default_translations>
                        <remove_tags>false</remove_tags>
                    </project>
                </omegat>
                """.formatted(targetLanguage), StandardCharsets.UTF_8);
        if (filters == Filters.KEEP_TAGS) {
            Files.writeString(project.resolve("omegat/filters.xml"), """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <filters removeTags="false"/>
                    """, StandardCharsets.UTF_8);
        } else {
            memory = memory.stream().map(pair -> new Pair(trimmed(pair.source()), trimmed(pair.target())))
                    .filter(pair -> !pair.source().isEmpty()).toList();
        }
        Files.writeString(config.resolve("omegat.prefs"), """
                <?xml version="1.0" encoding="UTF-8" ?>
                <omegat>
                  <preference version="1.0">
                    <ext_tmx_show_level2>true</ext_tmx_show_level2>
                    <ext_tmx_use_slash>true</ext_tmx_use_slash>
                  </preference>
                </omegat>
                """, StandardCharsets.UTF_8);
        Files.writeString(project.resolve("tm/auto/memory.tmx"), tmx(targetLanguage, memory), StandardCharsets.UTF_8);
        Path name = xliff.getFileName();
        Files.copy(xliff, project.resolve("source").resolve(name));

        Map<String, String> environment = new HashMap<>();
        environment.put("HOME", folder.toString()); // nothing of OmegaT's lands in the real home
        environment.put("DISPLAY", null); // console mode never needs one; without it no window can open
        List<String> command = new ArrayList<>(List.of(BINARY, "--mode=console-translate", "--config-dir=" + config,
                "--disable-project-locking", "--no-team", "--quiet", project.toString()));
        ExternalTool.Run run = ExternalTool.run(folder, TIMEOUT, environment, command);
        Path translated = project.resolve("target").resolve(name);
        if (!Files.isRegularFile(translated)) {
            throw new AssertionError("OmegaT wrote no " + translated + ". Its output:\n" + run.output());
        }
        return translated;
    }

    /** Segment content without the codes and whitespace at its ends, as OmegaT's default filters cut segments. */
    static String trimmed(String content) {
        return TRAILING.matcher(LEADING.matcher(content).replaceFirst("")).replaceFirst("");
    }

    /** A TMX 1.4 memory of the pairs, French to the target language, one paragraph per unit. */
    static String tmx(String targetLanguage, List<Pair> memory) {
        StringBuilder tmx = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4">
                <header creationtool="plakar-legal-tests" creationtoolversion="1" segtype="paragraph" o-tmf="xliff" adminlang="en" srclang="fr" datatype="xml"/>
                <body>
                """);
        for (Pair pair : memory) {
            tmx.append("<tu><tuv xml:lang=\"fr\"><seg>").append(pair.source()).append("</seg></tuv><tuv xml:lang=\"")
                    .append(targetLanguage).append("\"><seg>").append(pair.target()).append("</seg></tuv></tu>\n");
        }
        return tmx.append("</body>\n</tmx>\n").toString();
    }
}
