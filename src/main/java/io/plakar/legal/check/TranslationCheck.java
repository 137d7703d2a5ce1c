package io.plakar.legal.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Consumer;

import io.plakar.legal.check.LanguageStatus.Document;
import io.plakar.legal.content.DocumentFile;
import io.plakar.legal.content.I18nFiles;
import io.plakar.legal.content.I18nLayout;
import io.plakar.legal.content.I18nReader;
import io.plakar.legal.content.I18nSource;
import io.plakar.legal.content.Problem;
import io.plakar.legal.content.PropertiesFile;
import io.plakar.legal.content.SourceVersion;

/**
 * The translators' check of the whole of {@code i18n/}: every problem the reader found in each
 * file, then the comparisons of every language with the French original, reporting each problem
 * with its file and line, and the state of each language.
 * <p>
 * Usage: {@code TranslationCheck.run(I18nSource.directory(Path.of("i18n")))}, or from a shell,
 * {@link CheckCommand}; on content already read, {@link #check(I18nFiles)}.
 */
public final class TranslationCheck {

    static final String DUPLICATE_SLUG = "duplicate slug '%s': %s has it too; give each language its own";

    static final String UNUSED_COPY = "no translation records version %s of the original any more: delete this copy "
            + "(mark-current deletes such copies)";

    private TranslationCheck() {
    }

    /**
     * What changed in the original since the version a translation records: each section of the
     * original, current or changed with its word-level diff; every section current when the
     * translation is; no detail when no copy of that version is kept. Null when the language has
     * no translation of the document, or there is no original.
     */
    public static OriginalChanges changes(I18nFiles files, String tag) {
        DocumentFile original = files.original();
        DocumentFile translation = files.documents().get(tag);
        if (original == null || translation == null || tag.equals(I18nLayout.ORIGINAL)) {
            return null;
        }
        String from = translation.originalVersion();
        if (SourceVersion.isCurrent(from, original.version())) {
            List<SectionChange> sections = new ArrayList<>();
            for (int section = OriginalComparison.text(original, 0).isEmpty() ? 1 : 0; section <= original.headings().size(); section++) {
                sections.add(new SectionChange(section, OriginalComparison.heading(original, section), original.file(),
                        original.sectionLine(section), SectionChange.State.CURRENT, List.of()));
            }
            return new OriginalChanges(tag, from, original.version(), null, sections);
        }
        DocumentFile copy = from == null ? null : files.originals().get(from);
        return copy == null ? new OriginalChanges(tag, from, original.version(), null, List.of())
                : new OriginalChanges(tag, from, original.version(), copy.file(), OriginalComparison.sections(copy, original));
    }

    public static Report run(I18nSource source) {
        return check(I18nReader.read(source));
    }

    /** The report on files already read: the reader's problems, the comparisons across languages and the legal findings. */
    public static Report check(I18nFiles files) {
        return check(files, true);
    }

    /**
     * The report on files already read, with the legal findings ({@code LegalRequirements}) or
     * without them: those are for the editor and counsel, and production's status page, which
     * anyone may read, leaves them out.
     */
    public static Report check(I18nFiles files, boolean legal) {
        List<Problem> problems = new ArrayList<>(files.problems());
        Consumer<Problem> report = problems::add;

        String originalBundleFile = files.bundleFile(I18nLayout.ORIGINAL);
        PropertiesFile originalBundle = files.bundles().get(I18nLayout.ORIGINAL);
        if (originalBundle != null) {
            files.bundles().forEach((tag, bundle) -> {
                if (!tag.equals(I18nLayout.ORIGINAL)) {
                    BundleCheck.compare(bundle, files.bundleFile(tag), originalBundle, originalBundleFile, report);
                    SpacingCheck.compare(bundle, files.bundleFile(tag), tag, originalBundle, originalBundleFile, report);
                }
            });
        }

        Map<String, OriginalChanges> changes = new HashMap<>();
        files.documents().keySet().forEach(tag -> {
            OriginalChanges change = changes(files, tag);
            if (change != null) {
                changes.put(tag, change);
            }
        });
        DocumentFile original = files.original();
        Set<String> incomplete = new java.util.HashSet<>();
        if (original != null) {
            List<DocumentFile> translations = files.documents().values().stream().filter(document -> document != original).toList();
            for (DocumentFile translation : translations) {
                SpacingCheck.compare(translation, original, report);
                if (DocumentCheck.untranslated(translation, original, report) > 0) {
                    incomplete.add(translation.tag());
                }
                DocumentCheck.compare(translation, original, changes.get(translation.tag()),
                        translation.originalVersion() == null ? null : files.originals().get(translation.originalVersion()), report);
            }
            DocumentCheck.checkOriginalDate(original, translations, report);
            Set<String> recorded = files.recordedVersions();
            files.originals().forEach((version, copy) -> {
                if (!recorded.contains(version)) {
                    report.accept(Problem.warning(copy.file(), 0, String.format(UNUSED_COPY, version)));
                }
            });
        }
        if (legal) {
            LegalRequirements.check(files, report);
        }
        HistoryCheck.check(files, report);
        Map<String, String> slugs = new HashMap<>();
        files.documents().values().forEach(document -> {
            if (document.slug() != null && !document.slug().isBlank()) {
                String other = slugs.putIfAbsent(document.slug(), document.file());
                if (other != null) {
                    report.accept(Problem.error(document.file(), document.slugLine(), String.format(DUPLICATE_SLUG, document.slug(), other)));
                }
            }
        });
        problems.sort(null);

        List<LanguageStatus> statuses = new ArrayList<>();
        for (String tag : files.tags()) {
            PropertiesFile bundle = files.bundles().get(tag);
            long total = originalBundle == null ? 0 : BundleCheck.keyCount(originalBundle);
            long translated = bundle == null || originalBundle == null ? 0 : BundleCheck.translatedCount(bundle, originalBundle);
            String bundleFile = files.bundleFile(tag);
            DocumentFile document = files.documents().get(tag);
            String documentFile = document == null ? null : document.file();
            Document state = tag.equals(I18nLayout.ORIGINAL) ? Document.ORIGINAL
                    : document == null ? Document.MISSING
                    : incomplete.contains(tag) ? Document.INCOMPLETE
                    : original != null && SourceVersion.isCurrent(document.originalVersion(), original.version()) ? Document.CURRENT : Document.STALE;
            long errors = problems.stream().filter(p -> p.isError() && (p.file().equals(bundleFile) || p.file().equals(documentFile))).count();
            long warnings = problems.stream().filter(p -> !p.isError() && (p.file().equals(bundleFile) || p.file().equals(documentFile))).count();
            statuses.add(new LanguageStatus(tag, translated, total, state, errors, warnings,
                    changes.get(tag)));
        }
        return new Report(List.copyOf(problems), List.copyOf(statuses));
    }
}
