package io.plakar.legal.xliff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.plakar.legal.check.TranslationCheck;
import io.plakar.legal.content.DocumentFile;
import io.plakar.legal.content.FrontMatter;
import io.plakar.legal.content.I18nFiles;
import io.plakar.legal.content.I18nLayout;
import io.plakar.legal.content.I18nReader;
import io.plakar.legal.content.I18nSource;
import io.plakar.legal.content.Lines;
import io.plakar.legal.content.MarkdownRenderer;
import io.plakar.legal.content.MessagePatterns;
import io.plakar.legal.content.Problem;
import io.plakar.legal.content.PropertiesFile;
import io.plakar.legal.content.PseudoLocale;
import io.plakar.legal.content.Spacing;
import io.plakar.legal.tooling.AtomicFiles;
import io.plakar.legal.tooling.MarkCurrentCommand;
import io.plakar.legal.tooling.OriginalCopies;
import io.plakar.legal.content.Segments;

/**
 * Writes an XLIFF's targets back into its language's two files of {@code i18n/}, creating them
 * for a new language. The file comes from outside (an agency, a tool): everything is checked
 * before anything is written. It must be XLIFF 1.2 from French to a language tag (not a
 * pseudo-language of the preview), for this folder's two French files, exported from the current
 * French version, with every unit of the document; every unit's source must still be the current
 * French; every target must hold exactly its source's codes and none typed as text, no link
 * syntax of its own, and stay what its source is (one line of front matter, one block of the
 * document); the rebuilt files must read each target back as it is, pair their blocks with the
 * French ones, and bring no error to the translators' check, in any file.
 * <p>
 * The translation records the French version the XLIFF was exported from, unless a block of the
 * document is still marked for review or has no translation (then the version it records, if
 * any, is left as it is). The copy of the French at that version is kept first, then each file
 * is written to a temporary file moved into place, then older copies are pruned: a failure can
 * leave the copy without the files, never a recorded version without its copy. The two files
 * are not replaced atomically together: a failure between the two moves leaves one written (the
 * import can be run again).
 */
final class XliffImport {

    static final String NOT_A_TAG = "%s: the target language '%s' is not a language tag of a translation (lower-case letters such as de or pt-br; not fr)";
    static final String OTHER_DOCUMENT = "%s: an XLIFF for another document: <file original=\"%s\">, where this folder's are %s and %s";
    static final String NOT_FROM_FRENCH = "%s: an XLIFF for another document: translated from '%s', where the original is French (fr)";
    static final String NO_VERSION = "%s: an XLIFF for another document: its header does not record the French version it was exported from; export it again";
    static final String UNKNOWN_UNIT = "%s: unit '%s': the current French has no such unit; export again";
    static final String SOURCE_CHANGED = "%s: unit '%s': its source no longer matches the current French (%s); export again and translate the change";
    static final String CODES_ALTERED = "%s: unit '%s': its target's inline codes differ from its source's (missing: %s; not in the source: %s): move the codes, never change or delete them";
    static final String PSEUDO = "%s: the target language '%s' is a pseudo-language of the live preview, generated from the French files: not a translation; use a real language's tag";
    static final String OLD_VERSION = "%s: exported from version %s of the French, which is now %s: export again";
    static final String MISSING_UNIT = "%s: unit '%s': missing from the XLIFF, where the French has it (%s): export again and keep every unit (a unit left without a translation stays French)";
    static final String TYPED_CODES = "%s: unit '%s': its target's text holds what the file would read as codes (%s): never type a code, place the source's (the grey tags) instead";
    static final String LINK_SYNTAX = "%s: unit '%s': its target's text holds link syntax that is none of its source's codes (%s): links come only from the source's codes; write no brackets or addresses of your own";
    static final String FIELD_CONTROL = "%s: unit '%s': its target holds a line break or another control character (%s), which a front matter field cannot hold: write it on one line";
    static final String FIELD_READ_BACK = "%s: unit '%s': the front matter would not read its target back as written (it would read %s): write it without straight quotes at its ends, or use typographic quotes « » “ ” „ “";
    static final String STRING_READ_BACK = "%s: unit '%s': the strings file would not read its target back as written (it would read %s): remove the characters that differ";
    static final String NOT_ONE_BLOCK = "%s: unit '%s': its target would not stay one %s of the document (it reads as %s): remove the blank line, or the markup at a line's start (#, -, 1., >, four spaces), from the target";

    static final String OTHER_LANGUAGE = "%s: <file target-language=\"%s\">: this file was exported for '%s'; its target-language must be '%s' or a regional form of it: set the target language of the project in your tool to the exported one, or export again for the language you translate into";
    static final String NEW_WITHOUT_LANGUAGE = "%s: '%s' has no files yet, and this file does not record the language it was exported for: a new language comes only from an export made for it (export-xliff -Dlang=%2$s)";
    static final String NOTHING_TRANSLATED = "%s: no unit has a translation (every target is missing, empty, or a copy of its source): translate the file in your tool, then save its translated copy; a tool that translates only existing targets (OmegaT) needs an export made with -Dprefill=true";
    static final String NEW_WITHOUT_SLUG = "%s: unit 'slug': not translated (%s): a new language needs its own slug, the last part of its page's address; translate that unit";
    static final String CODES_AS_TEXT = "%s: unit '%s': its target holds its codes as text, and they read as %s where its source's are %s: write each code exactly as in the source, and no other";
    static final String LOST_SPACE = "%s: unit '%s': warning: no space %s, where the French has one (%s): check the spacing around the code";
    static final String FRENCH_PUNCTUATION = "%s: unit '%s': warning: a space before %s, as French typography writes it; '%s' writes none";

    /** The site's Markdown reader (immutable), to see what a block's target reads as. */
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

    private XliffImport() {
    }

    /** What an import wrote: the files, as named in messages, and whether it recorded the version. */
    record Result(String tag, List<String> written, String recordedVersion, List<String> warnings) {
    }

    static Result run(Path folder, Path xliffFile) throws XliffFormat.Refused, IOException {
        String name = xliffFile.toString();
        if (!Files.isRegularFile(xliffFile)) {
            throw new XliffFormat.Refused(name + ": no such file");
        }
        byte[] bytes = Files.readAllBytes(xliffFile);
        XliffFormat.Xliff frame = XliffFormat.frame(bytes, name);
        String declared = frame.targetLanguage().toLowerCase(Locale.ROOT);
        String tag = frame.language() == null ? declared : frame.language().toLowerCase(Locale.ROOT);
        if (PseudoLocale.reserves(tag) || PseudoLocale.reserves(declared)) {
            throw new XliffFormat.Refused(String.format(PSEUDO, name, PseudoLocale.reserves(tag) ? tag : frame.targetLanguage()));
        }
        if (!I18nLayout.isTranslation(tag)) {
            throw new XliffFormat.Refused(String.format(NOT_A_TAG, name, frame.language() == null ? frame.targetLanguage() : frame.language()));
        }
        if (!sameLanguage(declared, tag)) {
            throw new XliffFormat.Refused(String.format(OTHER_LANGUAGE, name, frame.targetLanguage(), tag, tag));
        }
        if (frame.language() == null && !Files.exists(folder.resolve(I18nLayout.bundle(tag))) && !Files.exists(folder.resolve(I18nLayout.document(tag)))) {
            throw new XliffFormat.Refused(String.format(NEW_WITHOUT_LANGUAGE, name, tag));
        }
        if (frame.sourceLanguage() == null || !frame.sourceLanguage().equalsIgnoreCase(I18nLayout.ORIGINAL)) {
            throw new XliffFormat.Refused(String.format(NOT_FROM_FRENCH, name, frame.sourceLanguage()));
        }
        for (String original : frame.parts().keySet()) {
            if (!original.equals(Part.MESSAGES) && !original.equals(Part.DOCUMENT)) {
                throw new XliffFormat.Refused(String.format(OTHER_DOCUMENT, name, original, Part.MESSAGES, Part.DOCUMENT));
            }
        }
        if (frame.originalVersion() == null || frame.originalVersion().isBlank()) {
            throw new XliffFormat.Refused(String.format(NO_VERSION, name));
        }
        XliffFormat.Xliff xliff = XliffFormat.read(bytes, name, frame);
        LocalDate lastmod = null;
        if (xliff.originalLastmod() != null) {
            try {
                lastmod = LocalDate.parse(xliff.originalLastmod());
            } catch (DateTimeParseException e) {
                throw new XliffFormat.Refused(name + ": the header's original_lastmod '" + xliff.originalLastmod() + "' is not a date like 2025-05-06");
            }
        }

        Translation translation = Translation.of(folder, tag);
        Map<String, Part> current = translation.currentParts();
        List<String> refusals = new ArrayList<>();
        if (!xliff.originalVersion().equals(translation.original.version())) {
            refusals.add(String.format(OLD_VERSION, name, xliff.originalVersion(), translation.original.version()));
        }
        Map<String, String> strings = new LinkedHashMap<>();
        Map<String, String> blocks = new HashMap<>();
        boolean review = false;
        List<String> warnings = new ArrayList<>();
        List<String> untranslated = new ArrayList<>();
        for (Part part : xliff.parts().values()) {
            Part french = current.get(part.original());
            boolean messages = part.original().equals(Part.MESSAGES);
            for (Unit unit : part.units()) {
                Unit now = french.unit(unit.id());
                if (now == null) {
                    refusals.add(String.format(UNKNOWN_UNIT, name, unit.id()));
                    continue;
                }
                if (!now.source().equals(unit.source())) {
                    refusals.add(String.format(SOURCE_CHANGED, name, unit.id(), translation.where(part.original(), unit.id())));
                    continue;
                }
                if (!unit.translated()) {
                    // no target, an empty one, or still a copy of the source: the French shows (or the translation's text stays)
                    if (!messages && !unit.id().equals("slug")) {
                        untranslated.add(unit.id());
                    }
                    continue;
                }
                boolean pattern = messages && MessagePatterns.isPattern(translation.originalBundle.get(unit.id()).value());
                unit = withTypedCodes(unit, pattern);
                String refused = refusal(name, translation, messages, unit, pattern);
                if (refused != null) {
                    refusals.add(refused);
                    continue;
                }
                review |= Unit.NEEDS_REVIEW.equals(unit.state()) && !unit.approved();
                String text = Inline.join(unit.target(), pattern);
                for (String lost : Spacing.lost(Inline.join(unit.source(), pattern), text)) {
                    warnings.add(String.format(LOST_SPACE, name, unit.id(), lost, translation.where(part.original(), unit.id())));
                }
                for (String mark : Spacing.frenchPunctuation(text)) {
                    warnings.add(String.format(FRENCH_PUNCTUATION, name, unit.id(), mark, tag));
                }
                if (messages) {
                    strings.put(unit.id(), text);
                } else {
                    blocks.put(unit.id(), text);
                }
            }
        }
        Part document = xliff.parts().get(Part.DOCUMENT);
        if (document != null) {
            // A unit left out would keep its old text under the version recorded now, never reviewed.
            for (Unit unit : current.get(Part.DOCUMENT).units()) {
                if (document.unit(unit.id()) == null) {
                    refusals.add(String.format(MISSING_UNIT, name, unit.id(), translation.where(Part.DOCUMENT, unit.id())));
                }
            }
        }
        if (refusals.isEmpty() && strings.isEmpty() && blocks.isEmpty()) {
            refusals.add(String.format(NOTHING_TRANSLATED, name));
        } else if (refusals.isEmpty() && translation.translation == null && document != null && !blocks.containsKey("slug")) {
            refusals.add(String.format(NEW_WITHOUT_SLUG, name, translation.where(Part.DOCUMENT, "slug")));
        }
        if (!refusals.isEmpty()) {
            throw new XliffFormat.Refused(String.join("\n", refusals));
        }

        String bundlePath = I18nLayout.bundle(tag);
        String documentPath = I18nLayout.document(tag);
        Map<String, byte[]> rebuilt = new LinkedHashMap<>();
        if (xliff.parts().containsKey(Part.MESSAGES)) {
            rebuilt.put(bundlePath, bundle(translation, strings).getBytes(StandardCharsets.UTF_8));
        }
        if (xliff.parts().containsKey(Part.DOCUMENT)) {
            rebuilt.put(documentPath, document(translation, blocks, untranslated, review ? null : xliff.originalVersion(), lastmod, LocalDate.now())
                    .getBytes(StandardCharsets.UTF_8));
        }
        I18nFiles checked = I18nReader.read(overlay(folder, rebuilt));
        List<String> unread = readBack(name, translation, checked, strings, blocks);
        if (!unread.isEmpty()) {
            throw new XliffFormat.Refused(String.join("\n", unread));
        }
        // An error the import brings may be reported on another file (a slug is a duplicate on
        // whichever file sorts later): refuse every error the folder did not have before.
        Set<Problem> errorsBefore = new HashSet<>(TranslationCheck.check(translation.files).problems());
        List<String> errors = new ArrayList<>();
        for (Problem problem : TranslationCheck.check(checked).problems()) {
            boolean inRebuilt = rebuilt.keySet().stream().anyMatch(path -> problem.file().equals(translation.files.file(path)));
            if (problem.isError() && (inRebuilt || !errorsBefore.contains(problem))) {
                errors.add(problem + (inRebuilt ? unitAt(problem, checked, tag) : ""));
            }
        }
        if (!errors.isEmpty()) {
            errors.add(0, name + ": refused: the files it would write fail the translators' check:");
            throw new XliffFormat.Refused(String.join("\n", errors));
        }

        boolean records = !review && document != null;
        if (records) {
            // The copy first, as mark-current does: a version recorded never lacks its copy.
            OriginalCopies.keep(folder, translation.original);
        }
        List<String> written = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : rebuilt.entrySet()) {
            Path target = folder.resolve(file.getKey());
            if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), file.getValue())) {
                continue;
            }
            AtomicFiles.write(target, file.getValue());
            written.add(translation.files.file(file.getKey()));
        }
        if (records) {
            OriginalCopies.prune(folder);
        }
        return new Result(tag, written, records ? xliff.originalVersion() : null, List.copyOf(warnings));
    }

    /**
     * Why a unit's target cannot be written, or null: its codes differ from its source's, its
     * text holds codes or links of its own, or it would not stay what its source is (one line of
     * front matter, one block of the document).
     */
    private static String refusal(String name, Translation translation, boolean messages, Unit unit, boolean pattern) {
        List<String> written = Inline.codes(Inline.split(Inline.join(unit.target(), pattern), pattern));
        if (Inline.codes(unit.target()).isEmpty() && !written.isEmpty() && !Inline.codes(unit.source()).isEmpty()) {
            // The tool wrote every code as text (a PO round trip), and they are not the source's: say what they read as.
            return String.format(CODES_AS_TEXT, name, unit.id(), String.join(" ", written), String.join(" ", Inline.codes(unit.source())));
        }
        List<String> missing = difference(Inline.codes(unit.source()), Inline.codes(unit.target()));
        List<String> extra = difference(Inline.codes(unit.target()), Inline.codes(unit.source()));
        if (!missing.isEmpty() || !extra.isEmpty()) {
            return String.format(CODES_ALTERED, name, unit.id(), missing.isEmpty() ? "none" : String.join(" ", missing), extra.isEmpty() ? "none" : String.join(" ", extra));
        }
        List<String> typed = Inline.typedCodes(unit.target(), pattern);
        if (!typed.isEmpty()) {
            return String.format(TYPED_CODES, name, unit.id(), String.join(" ", typed));
        }
        boolean field = !messages && Segments.FIELDS.contains(unit.id());
        List<String> links = Inline.linkSyntax(unit.target(), !messages && !field);
        if (!links.isEmpty()) {
            return String.format(LINK_SYNTAX, name, unit.id(), String.join(" ", links));
        }
        String text = Inline.join(unit.target(), pattern);
        if (field) {
            String controls = text.chars().filter(c -> Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029')
                    .mapToObj(c -> String.format("U+%04X", c)).distinct().collect(Collectors.joining(" "));
            return controls.isEmpty() ? null : String.format(FIELD_CONTROL, name, unit.id(), controls);
        }
        if (!messages) {
            String kind = translation.originalSegments.stream().filter(segment -> segment.id().equals(unit.id())).findFirst()
                    .map(Segments.Segment::kind).orElse("block");
            String reads = blockShape(text, kind.equals("heading"));
            return reads == null ? null : String.format(NOT_ONE_BLOCK, name, unit.id(), kind, reads);
        }
        return null;
    }

    /**
     * What a block's target reads as, parsed on its own as the site parses Markdown, when that
     * is not one paragraph of plain text (the markup around a block, "## " or "- ", is outside
     * its range); null when it is. A heading's text is one line.
     */
    static String blockShape(String text, boolean heading) {
        long lines = text.lines().count();
        if (heading) {
            return lines > 1 ? "a heading broken over " + lines + " lines" : null;
        }
        List<MarkdownRenderer.Block> read = MARKDOWN.blocks(text);
        if (read.isEmpty()) {
            return "no paragraph (code or HTML)";
        }
        if (read.size() > 1) {
            return read.size() + " blocks";
        }
        MarkdownRenderer.Block block = read.get(0);
        if (block.kind() != MarkdownRenderer.Block.Kind.PARAGRAPH) {
            return "a " + block.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
        if (!text.substring(0, block.start()).isBlank()) {
            return "a paragraph inside a quote";
        }
        return null;
    }

    /**
     * Whether the rebuilt files read each target back as it was written (a front matter field,
     * a string) and the document's blocks still pair with the French ones; one line per
     * problem, naming the unit.
     */
    private static List<String> readBack(String name, Translation translation, I18nFiles checked, Map<String, String> strings,
            Map<String, String> blocks) {
        List<String> problems = new ArrayList<>();
        PropertiesFile bundle = checked.bundles().get(translation.tag);
        if (bundle != null) {
            strings.forEach((key, value) -> {
                String read = bundle.values().get(key);
                if (!value.equals(read)) {
                    problems.add(String.format(STRING_READ_BACK, name, key, read == null ? "nothing" : "'" + read + "'"));
                }
            });
        }
        DocumentFile document = checked.documents().get(translation.tag);
        if (document != null) {
            for (String field : Segments.FIELDS) {
                FrontMatter.Field read = document.frontMatter().get(field);
                if (blocks.containsKey(field) && (read == null || !read.value().equals(blocks.get(field)))) {
                    problems.add(String.format(FIELD_READ_BACK, name, field, read == null ? "nothing" : "'" + read.value() + "'"));
                }
            }
            if (problems.isEmpty()) {
                Problem misaligned = Translation.misalignment(document, Segments.of(document), translation.original, translation.originalSegments);
                if (misaligned != null) {
                    problems.add(name + ": refused: " + misaligned.located()
                            + unitAt(misaligned, checked, translation.tag));
                }
            }
        }
        return problems;
    }

    /** Which unit a problem of a rebuilt file comes from, where its line shows it. */
    private static String unitAt(Problem problem, I18nFiles checked, String tag) {
        String unit = null;
        PropertiesFile bundle = checked.bundles().get(tag);
        if (bundle != null && problem.file().equals(checked.bundleFile(tag))) {
            unit = bundle.entries().stream().filter(entry -> entry.line() == problem.line()).map(PropertiesFile.Entry::key).findFirst().orElse(null);
        }
        DocumentFile document = checked.documents().get(tag);
        if (document != null && problem.file().equals(document.file())) {
            for (Segments.Segment segment : Segments.of(document)) {
                if (segment.line() == problem.line() || segment.line() < problem.line() && Segments.isBlock(segment)) {
                    unit = segment.id();
                }
            }
        }
        return unit == null ? "" : " (unit '" + unit + "')";
    }

    /**
     * The interface strings: the translation's file (else the French one) with each key's value
     * replaced by its target where it differs; in a file started from the French, keys without
     * a target are left out, and the first line of the header comment is the new language's own;
     * keys the file lacks are added at its end.
     */
    static String bundle(Translation translation, Map<String, String> targets) {
        boolean fromFrench = translation.bundle == null;
        String template = translation.text(I18nLayout.bundle(fromFrench ? I18nLayout.ORIGINAL : translation.tag));
        List<String> lines = new ArrayList<>(Arrays.asList(template.split("\n", -1)));
        List<PropertiesFile.Entry> entries = PropertiesFile.parse(template).entries();
        TreeSet<String> present = new TreeSet<>();
        for (int i = entries.size() - 1; i >= 0; i--) {
            PropertiesFile.Entry entry = entries.get(i);
            present.add(entry.key());
            int first = entry.line() - 1;
            int last = entry.lastLine() - 1;
            String target = targets.get(entry.key());
            if (target == null && !fromFrench || target != null && target.equals(entry.value())) {
                continue;
            }
            lines.subList(first, last + 1).clear();
            if (target != null) {
                lines.add(first, entry.key() + " = " + PropertiesFile.escape(target));
            }
        }
        int end = lines.size() > 0 && lines.get(lines.size() - 1).isEmpty() ? lines.size() - 1 : lines.size();
        for (Map.Entry<String, String> target : targets.entrySet()) {
            if (!present.contains(target.getKey())) {
                lines.add(end++, target.getKey() + " = " + PropertiesFile.escape(target.getValue()));
            }
        }
        if (fromFrench) {
            // Its own header: the French file's first comment says it is the French original.
            int header = 0;
            while (header < lines.size() && lines.get(header).strip().startsWith("#")) {
                header++;
            }
            if (header > 0 && !lines.get(0).strip().equals("#")) {
                lines.set(0, "# Interface strings in '" + translation.tag + "', translated from the French original (messages/fr.properties).");
            }
        }
        return String.join("\n", lines);
    }

    /**
     * The document: the translation's file (else the French one) with each block's range
     * replaced by its target, and the French version recorded (unless {@code version} is null).
     * A stale translation whose blocks no longer pair with the current French's (the French
     * added or removed blocks since) keeps its front matter and takes the current French's
     * body, each block replaced by its target (a block without one stays French). A new
     * language, started from the French file, gets its own {@code date} and {@code lastmod}:
     * the day of the import. The units left untranslated are listed in the front matter
     * ({@link Segments#UNTRANSLATED_FIELD}).
     */
    static String document(Translation translation, Map<String, String> targets, List<String> untranslated, String version, LocalDate lastmod,
            LocalDate today) {
        boolean fromFrench = translation.translation == null;
        String text;
        List<Segments.Segment> segments = new ArrayList<>();
        if (fromFrench) {
            text = translation.original.text();
            segments.addAll(translation.originalSegments);
        } else if (translation.aligned) {
            text = translation.translation.text();
            segments.addAll(translation.segments);
        } else {
            String own = translation.translation.text();
            String head = own.substring(0, Lines.offsetOf(own, translation.translation.bodyLine()));
            int frenchBody = Lines.offsetOf(translation.original.text(), translation.original.bodyLine());
            text = head + translation.original.text().substring(frenchBody);
            translation.segments.stream().filter(segment -> !Segments.isBlock(segment)).forEach(segments::add);
            int shift = head.length() - frenchBody;
            Translation.body(translation.originalSegments).forEach(segment -> segments.add(new Segments.Segment(segment.id(),
                    segment.start() + shift, segment.end() + shift, segment.line(), segment.kind())));
        }
        segments.sort((a, b) -> Integer.compare(b.start(), a.start()));
        StringBuilder rebuilt = new StringBuilder(text);
        for (Segments.Segment segment : segments) {
            String target = targets.get(segment.id());
            if (target != null) {
                rebuilt.replace(segment.start(), segment.end(), target);
            }
        }
        List<String> lines = new ArrayList<>(Arrays.asList(rebuilt.toString().split("\n", -1)));
        for (String field : Segments.FIELDS) {
            if (targets.containsKey(field) && segments.stream().noneMatch(segment -> segment.id().equals(field))) {
                FrontMatter.set(lines, field, "\"" + targets.get(field) + "\""); // a field the file lacks: added at the front matter's end
            }
        }
        // The units left untranslated, so that the check and the next export know them even where
        // the French is one word (which a translation may share); none: no field.
        if (untranslated.isEmpty()) {
            FrontMatter.remove(lines, Segments.UNTRANSLATED_FIELD);
        } else {
            FrontMatter.set(lines, Segments.UNTRANSLATED_FIELD, String.join(" ", untranslated));
        }
        if (fromFrench) {
            FrontMatter.set(lines, FrontMatter.DATE, today.toString());
            FrontMatter.set(lines, FrontMatter.LASTMOD, today.toString());
        }
        if (version != null) {
            MarkCurrentCommand.record(lines, version, lastmod);
        }
        return String.join("\n", lines);
    }

    /**
     * The unit with its target's codes restored where a tool wrote them back as their text (a
     * PO round trip turns {@code <ph>} codes into text): when the target holds none of its
     * source's codes as codes, and its text reads back as exactly those codes, the file it
     * writes is the same as with the codes placed. Any other typed code is refused.
     */
    private static Unit withTypedCodes(Unit unit, boolean pattern) {
        if (Inline.codes(unit.target()).isEmpty() && !Inline.codes(unit.source()).isEmpty()) {
            List<Inline.Piece> read = Inline.split(Inline.join(unit.target(), pattern), pattern);
            if (Inline.codes(read).equals(Inline.codes(unit.source()))) {
                return new Unit(unit.id(), unit.note(), unit.source(), read, unit.state(), unit.approved());
            }
        }
        return unit;
    }

    /** Whether a file's target language is the language's tag or a regional form of it ({@code pl-PL} for {@code pl}). */
    static boolean sameLanguage(String declared, String tag) {
        Locale file = Locale.forLanguageTag(declared);
        Locale language = Locale.forLanguageTag(tag);
        if (file.equals(language)) {
            return true;
        }
        return file.getLanguage().equals(language.getLanguage()) && language.getCountry().isEmpty() && language.getVariant().isEmpty()
                && (language.getScript().isEmpty() || language.getScript().equals(file.getScript()));
    }

    private static List<String> difference(List<String> a, List<String> b) {
        List<String> rest = new ArrayList<>(a);
        b.forEach(rest::remove);
        return rest;
    }

    /** The folder as it would be with the rebuilt files, for the translators' check. */
    private static I18nSource overlay(Path folder, Map<String, byte[]> rebuilt) {
        I18nSource disk = I18nSource.directory(folder);
        return new I18nSource() {
            @Override
            public List<String> list(String dir) {
                TreeSet<String> names = new TreeSet<>(disk.list(dir));
                rebuilt.keySet().stream().filter(path -> path.startsWith(dir + "/")).forEach(path -> names.add(path.substring(dir.length() + 1)));
                return List.copyOf(names);
            }

            @Override
            public Optional<byte[]> read(String path) {
                return rebuilt.containsKey(path) ? Optional.of(rebuilt.get(path)) : disk.read(path);
            }
        };
    }
}
