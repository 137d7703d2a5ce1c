package io.plakar.legal.xliff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import io.plakar.legal.check.MarkCurrentCommand;
import io.plakar.legal.check.OriginalCopies;
import io.plakar.legal.check.TranslationCheck;
import io.plakar.legal.content.DocumentFile;
import io.plakar.legal.content.I18nFiles;
import io.plakar.legal.content.I18nLayout;
import io.plakar.legal.content.I18nReader;
import io.plakar.legal.content.I18nSource;
import io.plakar.legal.content.MessagePatterns;
import io.plakar.legal.content.Problem;
import io.plakar.legal.content.PropertiesFile;

/**
 * Writes an XLIFF's targets back into its language's two files of {@code i18n/}, creating them
 * for a new language. Everything is checked before anything is written: the file must be
 * XLIFF 1.2 from French to a language tag, for this folder's two French files, every unit's
 * source must still be the current French, every target must hold its source's codes, and the
 * rebuilt files must pass the translators' check; then both files are written (each to a
 * temporary file moved into place). The translation records the French version the XLIFF was
 * exported from, unless a block of the document is still marked for review or has no
 * translation (then the version it records, if any, is left as it is).
 */
final class XliffImport {

    static final String NOT_A_TAG = "%s: the target language '%s' is not a language tag of a translation (lower-case letters such as de or pt-br; not fr)";
    static final String OTHER_DOCUMENT = "%s: an XLIFF for another document: <file original=\"%s\">, where this folder's are %s and %s";
    static final String NOT_FROM_FRENCH = "%s: an XLIFF for another document: translated from '%s', where the original is French (fr)";
    static final String NO_VERSION = "%s: an XLIFF for another document: its header does not record the French version it was exported from; export it again";
    static final String UNKNOWN_UNIT = "%s: unit '%s': the current French has no such unit; export again";
    static final String SOURCE_CHANGED = "%s: unit '%s': its source no longer matches the current French (%s); export again and translate the change";
    static final String CODES_ALTERED = "%s: unit '%s': its target's inline codes differ from its source's (missing: %s; not in the source: %s): move the codes, never change or delete them";
    static final String REJECTED = "%s: unit '%s': %s";

    private XliffImport() {
    }

    /** What an import wrote: the files, as named in messages, and whether it recorded the version. */
    record Result(String tag, List<String> written, String recordedVersion) {
    }

    static Result run(Path folder, Path xliffFile) throws XliffFormat.Refused, IOException {
        String name = xliffFile.toString();
        if (!Files.isRegularFile(xliffFile)) {
            throw new XliffFormat.Refused(name + ": no such file");
        }
        byte[] bytes = Files.readAllBytes(xliffFile);
        XliffFormat.Xliff frame = XliffFormat.frame(bytes, name);
        String tag = frame.targetLanguage().toLowerCase(Locale.ROOT);
        if (!I18nLayout.isTag(tag) || tag.equals(I18nLayout.ORIGINAL)) {
            throw new XliffFormat.Refused(String.format(NOT_A_TAG, name, frame.targetLanguage()));
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
        Map<String, String> strings = new LinkedHashMap<>();
        Map<String, String> blocks = new HashMap<>();
        boolean review = false;
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
                if (unit.target() == null) {
                    review |= !messages;
                    continue;
                }
                List<String> missing = difference(Inline.codes(unit.source()), Inline.codes(unit.target()));
                List<String> extra = difference(Inline.codes(unit.target()), Inline.codes(unit.source()));
                if (!missing.isEmpty() || !extra.isEmpty()) {
                    refusals.add(String.format(CODES_ALTERED, name, unit.id(), missing.isEmpty() ? "none" : String.join(" ", missing),
                            extra.isEmpty() ? "none" : String.join(" ", extra)));
                    continue;
                }
                review |= Unit.NEEDS_REVIEW.equals(unit.state());
                if (messages) {
                    String frenchValue = translation.originalBundle.get(unit.id()).value();
                    strings.put(unit.id(), Inline.join(unit.target(), MessagePatterns.isPattern(frenchValue)));
                } else {
                    blocks.put(unit.id(), Inline.join(unit.target(), false));
                }
            }
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
            rebuilt.put(documentPath, document(translation, blocks, review ? null : xliff.originalVersion(), lastmod)
                    .getBytes(StandardCharsets.UTF_8));
        }
        List<String> errors = new ArrayList<>();
        I18nFiles checked = I18nReader.read(overlay(folder, rebuilt));
        for (Problem problem : TranslationCheck.check(checked).problems()) {
            if (problem.isError() && rebuilt.keySet().stream().anyMatch(path -> problem.file().equals(translation.files.file(path)))) {
                errors.add(problem + unitAt(problem, checked, tag));
            }
        }
        if (!errors.isEmpty()) {
            errors.add(0, name + ": refused: the files it would write fail the translators' check:");
            throw new XliffFormat.Refused(String.join("\n", errors));
        }

        List<String> written = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : rebuilt.entrySet()) {
            Path target = folder.resolve(file.getKey());
            if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), file.getValue())) {
                continue;
            }
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            try {
                Files.write(temporary, file.getValue());
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
            written.add(translation.files.file(file.getKey()));
        }
        if (!review && xliff.parts().containsKey(Part.DOCUMENT)) {
            // as mark-current does: keep the French at the version now recorded, for the next diff
            OriginalCopies.keep(folder, translation.original);
            OriginalCopies.prune(folder);
        }
        return new Result(tag, written, review ? null : xliff.originalVersion());
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
     * a target are left out; keys the file lacks are added at its end.
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
            int last = first;
            while (continues(lines.get(last)) && last + 1 < lines.size()) {
                last++;
            }
            String target = targets.get(entry.key());
            if (target == null && !fromFrench || target != null && target.equals(entry.value())) {
                continue;
            }
            lines.subList(first, last + 1).clear();
            if (target != null) {
                lines.add(first, entry.key() + " = " + escape(target));
            }
        }
        int end = lines.size() > 0 && lines.get(lines.size() - 1).isEmpty() ? lines.size() - 1 : lines.size();
        for (Map.Entry<String, String> target : targets.entrySet()) {
            if (!present.contains(target.getKey())) {
                lines.add(end++, target.getKey() + " = " + escape(target.getValue()));
            }
        }
        return String.join("\n", lines);
    }

    /**
     * The document: the translation's file (else the French one) with each block's range
     * replaced by its target, and the French version recorded (unless {@code version} is null).
     */
    static String document(Translation translation, Map<String, String> targets, String version, LocalDate lastmod) {
        boolean fromFrench = translation.translation == null;
        String text = fromFrench ? translation.original.text() : translation.translation.text();
        List<Segments.Segment> segments = new ArrayList<>(fromFrench ? translation.originalSegments : translation.segments);
        segments.sort((a, b) -> Integer.compare(b.start(), a.start()));
        StringBuilder rebuilt = new StringBuilder(text);
        List<String> added = new ArrayList<>();
        for (String field : Segments.FIELDS) {
            if (targets.containsKey(field) && segments.stream().noneMatch(segment -> segment.id().equals(field))) {
                added.add(field + ": \"" + targets.get(field) + "\"");
            }
        }
        for (Segments.Segment segment : segments) {
            String target = targets.get(segment.id());
            if (target != null) {
                rebuilt.replace(segment.start(), segment.end(), target);
            }
        }
        List<String> lines = new ArrayList<>(Arrays.asList(rebuilt.toString().split("\n", -1)));
        for (int i = 1; i < lines.size() && !added.isEmpty(); i++) {
            if (lines.get(i).strip().equals("---")) {
                lines.addAll(i, added);
                break;
            }
        }
        if (version != null) {
            MarkCurrentCommand.record(lines, version, lastmod);
        }
        return String.join("\n", lines);
    }

    /** A properties value as written in a UTF-8 file: only what {@code Properties} needs escaped. */
    static String escape(String value) {
        StringBuilder escaped = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                case '\f' -> escaped.append("\\f");
                case ' ' -> escaped.append(i == 0 ? "\\ " : " ");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static boolean continues(String line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
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
