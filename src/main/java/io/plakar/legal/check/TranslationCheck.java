package io.plakar.legal.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

import io.plakar.legal.check.LanguageStatus.Document;
import io.plakar.legal.content.ContentException;
import io.plakar.legal.content.Facts;
import io.plakar.legal.content.I18nSource;
import io.plakar.legal.content.SiteContent;
import io.plakar.legal.content.SiteContentLoader;
import io.plakar.legal.content.SourceVersion;

/**
 * Checks the whole of {@code i18n/}: every file of every language, against the French
 * original, reporting each problem with its file and line.
 * <p>
 * Usage: {@code TranslationCheck.run(I18nSource.directory(Path.of("i18n")))}, or from a shell,
 * {@link CheckCommand}.
 */
public final class TranslationCheck {

    private TranslationCheck() {
    }

    public static Report run(I18nSource source) {
        List<Problem> problems = new ArrayList<>();
        Consumer<Problem> report = problems::add;

        Facts facts = null;
        String factsText = TextChecks.read(source, Facts.FILE, report);
        if (factsText == null && source.read(Facts.FILE).isEmpty()) {
            report.accept(Problem.error(source.describe(Facts.FILE), 0, "the facts file is missing"));
        } else if (factsText != null) {
            try {
                facts = Facts.parse(factsText, source.describe(Facts.FILE));
            } catch (ContentException e) {
                report.accept(Problem.error(e.file(), e.line(), e.getMessage().substring(e.getMessage().indexOf(": ") + 2)));
            }
        }

        TreeSet<String> tags = new TreeSet<>();
        Map<String, PropertiesFile> bundles = new HashMap<>();
        for (String name : source.list(SiteContentLoader.MESSAGES)) {
            String path = SiteContentLoader.MESSAGES + "/" + name;
            if (!name.endsWith(".properties")) {
                report.accept(Problem.warning(source.describe(path), 0, "not a .properties file: ignored"));
                continue;
            }
            String tag = name.substring(0, name.length() - ".properties".length());
            if (!SiteContentLoader.isTag(tag)) {
                report.accept(Problem.error(source.describe(path), 0,
                        "the file name must be a lower-case language tag such as de.properties or pt-br.properties"));
                continue;
            }
            tags.add(tag);
            String text = TextChecks.read(source, path, report);
            if (text != null) {
                PropertiesFile bundle = PropertiesFile.parse(text);
                BundleCheck.checkAlone(bundle, tag, source.describe(path), report);
                bundles.put(tag, bundle);
            }
        }
        String originalBundleFile = source.describe(SiteContentLoader.MESSAGES + "/" + SiteContent.ORIGINAL + ".properties");
        PropertiesFile originalBundle = bundles.get(SiteContent.ORIGINAL);
        if (!tags.contains(SiteContent.ORIGINAL)) {
            report.accept(Problem.error(originalBundleFile, 0, "the original language's strings are missing"));
        }
        if (originalBundle != null) {
            bundles.forEach((tag, bundle) -> {
                if (!tag.equals(SiteContent.ORIGINAL)) {
                    BundleCheck.checkAgainst(bundle, source.describe(SiteContentLoader.MESSAGES + "/" + tag + ".properties"),
                            originalBundle, originalBundleFile, report);
                }
            });
        }

        Map<String, DocumentCheck.Checked> documents = new LinkedHashMap<>();
        String originalVersion = null;
        if (facts != null) {
            DocumentCheck check = new DocumentCheck(facts);
            for (String name : source.list(SiteContentLoader.CONTENT)) {
                String path = SiteContentLoader.CONTENT + "/" + name;
                String prefix = SiteContentLoader.DOCUMENT + ".";
                if (!name.startsWith(prefix) || !name.endsWith(".md")) {
                    report.accept(Problem.warning(source.describe(path), 0, "not named " + prefix + "<language>.md: ignored"));
                    continue;
                }
                String tag = name.substring(prefix.length(), name.length() - ".md".length());
                if (!tags.contains(tag)) {
                    report.accept(Problem.warning(source.describe(path), 0, "no messages/" + tag
                            + ".properties: the language is not served until it has its strings"));
                }
                String text = TextChecks.read(source, path, report);
                if (text == null) {
                    continue;
                }
                if (tag.equals(SiteContent.ORIGINAL)) {
                    originalVersion = SourceVersion.of(text);
                }
                DocumentCheck.Checked checked = check.check(text, tag, source.describe(path), report);
                if (checked != null) {
                    documents.put(tag, checked);
                }
            }
            if (!documents.containsKey(SiteContent.ORIGINAL)) {
                report.accept(Problem.error(source.describe(SiteContentLoader.CONTENT + "/" + SiteContentLoader.DOCUMENT + "."
                        + SiteContent.ORIGINAL + ".md"), 0, "the original document is missing or unreadable"));
            }
        }
        DocumentCheck.Checked original = documents.get(SiteContent.ORIGINAL);
        if (original != null) {
            List<DocumentCheck.Checked> translations = documents.values().stream().filter(document -> document != original).toList();
            for (DocumentCheck.Checked translation : translations) {
                DocumentCheck.compare(translation, original, originalVersion, report);
            }
            DocumentCheck.checkOriginalDate(original, originalVersion, translations, report);
        }
        Map<String, String> slugs = new HashMap<>();
        documents.forEach((tag, document) -> {
            if (document.slug() != null && !document.slug().isBlank()) {
                String other = slugs.putIfAbsent(document.slug(), document.file());
                if (other != null) {
                    report.accept(Problem.error(document.file(), document.slugLine(), "duplicate slug '" + document.slug()
                            + "': " + other + " has it too; give each language its own"));
                }
            }
        });

        problems.sort(null);
        List<LanguageStatus> statuses = new ArrayList<>();
        for (String tag : tags) {
            PropertiesFile bundle = bundles.get(tag);
            long total = originalBundle == null ? 0 : BundleCheck.keyCount(originalBundle);
            long translated = bundle == null || originalBundle == null ? 0 : BundleCheck.translatedCount(bundle, originalBundle);
            String bundleFile = source.describe(SiteContentLoader.MESSAGES + "/" + tag + ".properties");
            DocumentCheck.Checked document = documents.get(tag);
            String documentFile = document == null ? null : document.file();
            Document state = tag.equals(SiteContent.ORIGINAL) ? Document.ORIGINAL
                    : document == null ? Document.MISSING
                    : originalVersion != null && originalVersion.equals(document.version()) ? Document.CURRENT : Document.STALE;
            long errors = problems.stream().filter(p -> p.isError() && (p.file().equals(bundleFile) || p.file().equals(documentFile))).count();
            long warnings = problems.stream().filter(p -> !p.isError() && (p.file().equals(bundleFile) || p.file().equals(documentFile))).count();
            statuses.add(new LanguageStatus(tag, translated, total, state, errors, warnings));
        }
        return new Report(List.copyOf(problems), List.copyOf(statuses));
    }
}
