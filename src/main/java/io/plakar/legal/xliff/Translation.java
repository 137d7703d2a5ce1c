package io.plakar.legal.xliff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.plakar.legal.check.OriginalChanges;
import io.plakar.legal.check.TranslationCheck;
import io.plakar.legal.content.DocumentFile;
import io.plakar.legal.content.I18nFiles;
import io.plakar.legal.content.I18nLayout;
import io.plakar.legal.content.I18nReader;
import io.plakar.legal.content.I18nSource;
import io.plakar.legal.content.MessagePatterns;
import io.plakar.legal.content.Problem;
import io.plakar.legal.content.PropertiesFile;
import io.plakar.legal.content.PseudoLocale;
import io.plakar.legal.content.Segments;
import io.plakar.legal.content.SourceVersion;

/**
 * One language of an {@code i18n/} folder seen as translation units: the French texts
 * (sources), the translation's texts (targets) where it has them, and the files a set of
 * targets rebuilds.
 * <p>
 * How a file is rebuilt: from the translation's own file when there is one, each unit's range
 * replaced by its target, everything else (comments, blank lines, dates) kept as it is; for a
 * new language, from the French file the same way, keys without a target left out (they show
 * the French) and blocks without a target left in French. So a file whose targets did not
 * change comes back byte for byte, and a new language starts from the French layout, as the
 * translators' guide says to start it. Blocks are paired by position within their section
 * ({@link Segments}): a translation whose sections hold other blocks than the French is refused
 * until it is aligned.
 */
final class Translation {

    static final String NOT_A_LANGUAGE = "'%s' is not a language tag of a translation (lower-case, such as de or pt-br; not fr, the original)";
    static final String MISALIGNED = "the blocks of this file do not match the French ones (%s here, %s in %s): give each section the same headings, paragraphs and list items as the French";

    static final String PSEUDO = "'%s' is a pseudo-language of the live preview, generated from the French files: it has no files to translate; use a real language's tag";

    final Path folder;
    final String tag;
    final I18nFiles files;
    final DocumentFile original;
    final DocumentFile translation;
    final PropertiesFile originalBundle;
    final PropertiesFile bundle;
    final List<Segments.Segment> originalSegments;
    final List<Segments.Segment> segments;
    /** The translation's segment for each unit of the current French that has one. */
    final Map<String, Segments.Segment> targets;
    /** Whether the translation's blocks pair with the current French's, id for id (else through the copy of its version). */
    final boolean aligned;

    /** What changed in the French since the translation's version, worked out when first asked. */
    private OriginalChanges changes;

    private Translation(Path folder, String tag) throws XliffFormat.Refused {
        this.folder = folder;
        this.tag = tag;
        this.files = I18nReader.read(I18nSource.directory(folder));
        this.original = files.original();
        this.originalBundle = files.bundles().get(I18nLayout.ORIGINAL);
        if (original == null || originalBundle == null) {
            throw new XliffFormat.Refused(files.file(I18nLayout.document(I18nLayout.ORIGINAL))
                    + ": the French files are missing or unreadable; run the check and fix them first");
        }
        this.translation = files.documents().get(tag);
        this.bundle = files.bundles().get(tag);
        for (String path : List.of(I18nLayout.bundle(tag), I18nLayout.document(tag))) {
            boolean read = path.equals(I18nLayout.bundle(tag)) ? bundle != null : translation != null;
            if (!read && Files.exists(folder.resolve(path))) {
                // Rebuilding it from the French would lose the translation: it must be readable first.
                List<String> problems = files.errors().stream().filter(problem -> problem.file().equals(files.file(path)))
                        .map(Object::toString).toList();
                throw new XliffFormat.Refused(problems.isEmpty() ? files.file(path) + ": unreadable; run the check and fix it first"
                        : String.join("\n", problems) + "\n" + files.file(path) + ": unreadable; fix it first");
            }
        }
        this.originalSegments = Segments.of(original);
        this.segments = translation == null ? null : Segments.of(translation);
        Problem misaligned = segments == null ? null : misalignment(translation, segments, original, originalSegments);
        this.aligned = misaligned == null;
        if (segments == null) {
            this.targets = Map.of();
        } else if (aligned) {
            this.targets = byId(segments);
        } else {
            // A stale translation of a French that added, removed or rewrote blocks since: paired through the copy of its version.
            DocumentFile copy = recordedCopy();
            List<Segments.Segment> copySegments = copy == null ? null : Segments.of(copy);
            if (copySegments == null || misalignment(translation, segments, copy, copySegments) != null) {
                throw new XliffFormat.Refused(misaligned.located());
            }
            this.targets = Alignment.carry(copySegments, copy.text(), originalSegments, original.text(), byId(segments));
        }
    }

    private static Map<String, Segments.Segment> byId(List<Segments.Segment> segments) {
        Map<String, Segments.Segment> byId = new HashMap<>();
        segments.forEach(segment -> byId.put(segment.id(), segment));
        return byId;
    }

    /** The kept copy of the French version the translation records, or null. */
    private DocumentFile recordedCopy() {
        String version = translation == null ? null : translation.originalVersion();
        return version == null ? null : files.originals().get(version);
    }

    /**
     * Whether a document's blocks pair with the French ones, id for id (the same headings,
     * paragraphs and list items in each section): null if so, else the message naming the
     * first block that does not (as an error of the document).
     */
    static Problem misalignment(DocumentFile document, List<Segments.Segment> segments, DocumentFile original,
            List<Segments.Segment> originalSegments) {
        List<Segments.Segment> here = body(segments);
        List<Segments.Segment> there = body(originalSegments);
        for (int i = 0; i < Math.max(here.size(), there.size()); i++) {
            if (i >= here.size() || i >= there.size() || !here.get(i).id().equals(there.get(i).id())) {
                Segments.Segment at = i < here.size() ? here.get(i) : here.isEmpty() ? null : here.get(here.size() - 1);
                return Problem.error(document.file(), at == null ? 1 : at.line(), String.format(MISALIGNED,
                        describe(i < here.size() ? here.get(i) : null), describe(i < there.size() ? there.get(i) : null), original.file()));
            }
        }
        return null;
    }

    static Translation of(Path folder, String tag) throws XliffFormat.Refused {
        if (!I18nLayout.isTranslation(tag)) {
            throw new XliffFormat.Refused(String.format(PseudoLocale.reserves(tag) ? PSEUDO : NOT_A_LANGUAGE, tag));
        }
        return new Translation(folder, tag);
    }

    /** The XLIFF's parts: the interface strings, then the document, with the targets there are. */
    List<Part> parts() {
        return parts(false);
    }

    /**
     * The XLIFF's parts. With {@code prefill}, a unit without a translation carries a copy of
     * its source as target, in state needs-translation, for tools that translate targets only
     * (OmegaT's XLIFF filter); the import reads such a copy as no translation.
     */
    List<Part> parts(boolean prefill) {
        List<Unit> strings = new ArrayList<>();
        String frenchText = text(I18nLayout.bundle(I18nLayout.ORIGINAL));
        List<String> frenchLines = List.of(frenchText.split("\n", -1));
        Map<String, String> values = bundle == null ? Map.of() : bundle.values();
        for (PropertiesFile.Entry entry : originalBundle.entries()) {
            boolean pattern = MessagePatterns.isPattern(entry.value());
            String value = values.get(entry.key());
            List<Inline.Piece> source = Inline.split(entry.value(), pattern);
            strings.add(value == null ? untranslated(entry.key(), stringNote(entry, frenchLines), source, prefill)
                    : new Unit(entry.key(), stringNote(entry, frenchLines), source, Inline.split(value, pattern), Unit.TRANSLATED, true));
        }
        List<Unit> blocks = new ArrayList<>();
        java.util.Set<String> recorded = translation == null ? java.util.Set.of() : Segments.recordedUntranslated(translation);
        for (Segments.Segment segment : originalSegments) {
            Segments.Segment target = targets.get(segment.id());
            String sourceText = segment.text(original.text());
            List<Inline.Piece> source = Inline.split(sourceText, false);
            String targetText = target == null ? null : target.text(translation.text());
            if (targetText == null || targetText.equals(sourceText) && (Segments.hasWords(sourceText) || recorded.contains(segment.id()))) {
                blocks.add(untranslated(segment.id(), blockNote(segment), source, prefill));
            } else if (needsReview(segment)) {
                blocks.add(new Unit(segment.id(), blockNote(segment), source, Inline.split(targetText, false), Unit.NEEDS_REVIEW, false));
            } else {
                blocks.add(new Unit(segment.id(), blockNote(segment), source, Inline.split(targetText, false), Unit.TRANSLATED, true));
            }
        }
        return List.of(new Part(Part.MESSAGES, strings), new Part(Part.DOCUMENT, blocks));
    }

    private static Unit untranslated(String id, String note, List<Inline.Piece> source, boolean prefill) {
        return prefill ? new Unit(id, note, source, source, Unit.NEEDS_TRANSLATION, false) : new Unit(id, note, source, null, null, false);
    }

    /**
     * Whether a block's translation must be reviewed: the French changed since the version the
     * translation records, in that block's section (as the check reports it, from the copy of
     * the French kept at that version), or, for a front matter field, in that field. Without a
     * copy of that version, every block of a stale translation.
     */
    boolean needsReview(Segments.Segment segment) {
        if (SourceVersion.isCurrent(translation.originalVersion(), original.version())) {
            return false;
        }
        if (segment.line() < original.bodyLine()) {
            DocumentFile copy = recordedCopy();
            return copy == null || Segments.of(copy).stream().filter(old -> old.id().equals(segment.id())).findFirst()
                    .map(old -> !old.text(copy.text()).equals(segment.text(original.text()))).orElse(true);
        }
        if (changes == null) {
            changes = TranslationCheck.changes(files, tag);
        }
        return changes.needsReview(original.sectionOf(segment.line()));
    }

    /** The French versions and units, to compare an XLIFF's sources with. */
    Map<String, Part> currentParts() {
        Map<String, Part> parts = new LinkedHashMap<>();
        parts().forEach(part -> parts.put(part.original(), part));
        return parts;
    }

    /** Where a unit's French text is, as {@code file:line}. */
    String where(String original, String id) {
        if (original.equals(Part.MESSAGES)) {
            PropertiesFile.Entry entry = originalBundle.get(id);
            return files.bundleFile(I18nLayout.ORIGINAL) + (entry == null ? "" : ":" + entry.line());
        }
        return this.original.file() + originalSegments.stream().filter(segment -> segment.id().equals(id)).findFirst()
                .map(segment -> ":" + segment.line()).orElse("");
    }

    /** The text of a file of the folder, or null. */
    String text(String path) {
        Path file = folder.resolve(path);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String blockNote(Segments.Segment segment) {
        String line = " (line " + segment.line() + " of the French)";
        switch (segment.id()) {
            case "title":
                return "The page's title" + line;
            case "description":
                return "The description search engines show, under 160 characters" + line;
            case "slug":
                return "The last part of the page's address (/" + tag + "/<slug>): keep it lower-case ASCII letters, digits and hyphens,"
                        + " different from every other language's slug" + line;
            default:
                int section = original.sectionOf(segment.line());
                String where = section == 0 ? "Before the first heading" : "Section " + section + " \u201C" + original.headings().get(section - 1).text() + "\u201D";
                return where + ", " + segment.kind() + line + "."
                        + (Inline.codes(Inline.split(segment.text(original.text()), false)).isEmpty() ? ""
                                : " Codes stand for facts and link targets: move them, never change them.");
        }
    }

    private static String stringNote(PropertiesFile.Entry entry, List<String> lines) {
        List<String> comment = new ArrayList<>();
        for (int i = entry.line() - 2; i >= 0 && lines.get(i).strip().startsWith("#"); i--) {
            comment.add(0, lines.get(i).strip().replaceFirst("^#+\\s?", ""));
        }
        String note = "Interface string " + entry.key() + (comment.isEmpty() ? "." : ": " + String.join(" ", comment));
        if (MessagePatterns.isPattern(entry.value())) {
            note += (note.endsWith(".") ? " " : ". ") + "The code {0} is replaced (by a date, for example): move it, never change it.";
        }
        return note;
    }

    static List<Segments.Segment> body(List<Segments.Segment> segments) {
        return segments.stream().filter(Segments::isBlock).toList();
    }

    private static String describe(Segments.Segment segment) {
        return segment == null ? "nothing" : "a " + segment.kind() + " as block " + segment.id();
    }
}
