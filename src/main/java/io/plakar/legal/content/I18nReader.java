package io.plakar.legal.content;

import java.text.MessageFormat;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

import io.plakar.legal.i18n.Language;
import io.plakar.legal.i18n.LocalizedFormats;
import io.plakar.legal.i18n.Messages;

/**
 * The one reader of {@code i18n/}: walks its files once and returns what they hold, as
 * {@link I18nFiles}, together with every problem found in them, each with its file and line.
 * It never stops at the first defect: it reads on wherever it can, so that a translator sees
 * every problem at once.
 * <p>
 * Usage: the site loads with {@link SiteContentLoader#load}, which refuses any error; the
 * translators' check ({@code io.plakar.legal.check.TranslationCheck}) adds the comparisons
 * across languages to the problems found here.
 */
public final class I18nReader {

    static final String FACTS_MISSING = "the facts file is missing";
    static final String NOT_A_BUNDLE = "not a .properties file: ignored";
    static final String RESERVED_TAG = "'%s' is the tag of a pseudo-language that live preview generates: give the language its own tag";
    static final String NOT_A_TAG = "the file name must be a lower-case language tag such as de.properties or pt-br.properties";
    static final String ORIGINAL_STRINGS_MISSING = "the original language's strings are missing";
    static final String NOT_A_DOCUMENT = "not named %s: ignored";
    static final String NOT_SERVED = "no %s: the language is not served until it has its strings";
    static final String ORIGINAL_DOCUMENT_MISSING = "the original document is missing or unreadable";
    static final String NOT_A_COPY = "not named %s: ignored (this folder holds the copies of the original that mark-current keeps)";
    static final String COPY_ALTERED = "this copy of the original is not version %s (its text is version %s): it was edited; "
            + "restore it from version control, or delete it (translations of version %1$s are then reported stale without detail)";
    static final String NOT_A_PUBLISHED_VERSION = "not named %s: ignored (this folder holds the published versions of the original that record-version keeps)";
    static final String PUBLISHED_VERSION_ALTERED = "this published version of the original is not version %s (its text is version %s): "
            + "it was edited; restore it from version control (a published version is kept as it was published, and the history "
            + "leaves it out meanwhile)";
    static final String HISTORY_SLUG_NOT_URL_SAFE = "%s: '%s' is not URL-safe (it is the last part of the history page's address): "
            + "use lower-case ASCII letters, digits and hyphens";
    static final String MALFORMED_ESCAPE = "malformed \\u escape: write the character itself, the file is UTF-8";
    static final String DUPLICATE_KEY = "duplicate key '%s': it is already defined on line %d, and the last one would win";
    static final String SINGLE_APOSTROPHE = "single apostrophe in '%s', a pattern with placeholders: MessageFormat would swallow it and what follows; write '' instead";
    static final String INVALID_PATTERN = "'%s' is not a valid MessageFormat pattern: %s";
    static final String DIRECTION = "language.direction";
    static final String NAME = "language.name";
    /** The interface string that names the history page in the address, as a slug: {@code /de/impressum/versionen}. */
    public static final String HISTORY_SLUG = "history.slug";

    private final I18nSource source;
    private final List<Problem> problems = new ArrayList<>();
    private final Consumer<Problem> report = problems::add;

    private I18nReader(I18nSource source) {
        this.source = source;
    }

    public static I18nFiles read(I18nSource source) {
        return new I18nReader(source).read();
    }

    private I18nFiles read() {
        Facts facts = null;
        String factsText = text(I18nLayout.FACTS);
        if (factsText == null && source.read(I18nLayout.FACTS).isEmpty()) {
            report.accept(Problem.error(source.describe(I18nLayout.FACTS), 0, FACTS_MISSING));
        } else if (factsText != null) {
            facts = Facts.read(properties(factsText, I18nLayout.FACTS), source.describe(I18nLayout.FACTS), report);
        }

        SortedSet<String> tags = new TreeSet<>();
        Map<String, PropertiesFile> bundles = new TreeMap<>();
        for (String name : source.list(I18nLayout.MESSAGES)) {
            String path = I18nLayout.MESSAGES + "/" + name;
            String tag = I18nLayout.bundleTag(name);
            if (tag == null) {
                report.accept(Problem.warning(source.describe(path), 0, NOT_A_BUNDLE));
            } else if (!I18nLayout.isTag(tag)) {
                report.accept(Problem.error(source.describe(path), 0, NOT_A_TAG));
            } else if (PseudoLocale.reserves(tag) && !source.generated(path)) {
                report.accept(Problem.error(source.describe(path), 0, String.format(RESERVED_TAG, tag)));
            } else {
                tags.add(tag);
                String text = text(path);
                if (text != null) {
                    PropertiesFile bundle = properties(text, path);
                    checkStrings(bundle, tag, source.describe(path));
                    bundles.put(tag, bundle);
                }
            }
        }
        if (!tags.contains(I18nLayout.ORIGINAL)) {
            report.accept(Problem.error(source.describe(I18nLayout.bundle(I18nLayout.ORIGINAL)), 0, ORIGINAL_STRINGS_MISSING));
        }
        Map<String, Map<String, String>> strings = new TreeMap<>();
        bundles.forEach((tag, bundle) -> strings.put(tag, bundle.values()));
        Messages messages = new Messages(strings, I18nLayout.ORIGINAL);
        List<Language> languages = new ArrayList<>();
        for (String tag : bundles.keySet()) {
            Locale locale = Locale.forLanguageTag(tag);
            String name = messages.has(tag, NAME) ? messages.get(tag, NAME) : locale.getDisplayName(locale);
            String setting = messages.has(tag, LocalizedFormats.SETTING) ? messages.get(tag, LocalizedFormats.SETTING) : null;
            languages.add(new Language(tag, name, "rtl".equals(messages.get(tag, DIRECTION).strip()), LocalizedFormats.formatTag(tag, setting)));
        }
        languages.sort(Comparator.comparing(Language::name, Collator.getInstance(Locale.ROOT)));

        DocumentReader reader = new DocumentReader(facts);
        Map<String, DocumentFile> documents = new LinkedHashMap<>();
        for (String name : source.list(I18nLayout.CONTENT)) {
            String path = I18nLayout.CONTENT + "/" + name;
            String tag = I18nLayout.documentTag(name);
            if (tag == null) {
                report.accept(Problem.warning(source.describe(path), 0, String.format(NOT_A_DOCUMENT, I18nLayout.documentPattern())));
                continue;
            }
            if (!tags.contains(tag)) {
                report.accept(Problem.warning(source.describe(path), 0, String.format(NOT_SERVED, I18nLayout.bundle(tag))));
            }
            String text = text(path);
            if (text == null) {
                continue;
            }
            String formatTag = languages.stream().filter(language -> language.tag().equals(tag)).map(Language::formatTag)
                    .findFirst().orElse(tag);
            DocumentFile document = reader.read(tag, formatTag, text, source.describe(path), report);
            if (document != null) {
                documents.put(tag, document);
            }
        }
        if (!documents.containsKey(I18nLayout.ORIGINAL)) {
            report.accept(Problem.error(source.describe(I18nLayout.document(I18nLayout.ORIGINAL)), 0, ORIGINAL_DOCUMENT_MISSING));
        }
        Map<String, DocumentFile> originals = copies(reader, I18nLayout.ORIGINALS, NOT_A_COPY, COPY_ALTERED);
        Map<String, DocumentFile> history = copies(reader, I18nLayout.HISTORY, NOT_A_PUBLISHED_VERSION, PUBLISHED_VERSION_ALTERED);
        problems.sort(null);
        return new I18nFiles(source, facts, tags, bundles, documents, originals, history, languages, messages, problems);
    }

    /**
     * The copies of the original kept in a folder ({@code originals/} or {@code history/}), by
     * version; a file not named as a copy, or whose text is not its version, is reported and left
     * out.
     */
    private Map<String, DocumentFile> copies(DocumentReader reader, String folder, String notACopy, String altered) {
        Map<String, DocumentFile> copies = new TreeMap<>();
        for (String name : source.list(folder)) {
            String path = folder + "/" + name;
            String version = I18nLayout.copyVersion(name);
            if (version == null) {
                report.accept(Problem.warning(source.describe(path), 0, String.format(notACopy, I18nLayout.copyPattern())));
                continue;
            }
            String text = text(path);
            if (text == null) {
                continue;
            }
            if (!SourceVersion.of(text).equals(version)) {
                report.accept(Problem.warning(source.describe(path), 0, String.format(altered, version, SourceVersion.of(text))));
                continue;
            }
            // A copy was checked when it was the original; facts renamed since would only make noise here.
            DocumentFile copy = reader.read(I18nLayout.ORIGINAL, I18nLayout.ORIGINAL, text, source.describe(path), ignored -> { });
            if (copy != null) {
                copies.put(version, copy);
            }
        }
        return copies;
    }

    /** The file's text, or null when it is missing or not UTF-8 (reported). */
    private String text(String path) {
        byte[] bytes = source.read(path).orElse(null);
        return bytes == null ? null : TextFile.decode(bytes, source.describe(path), report);
    }

    /** A properties file's entries; undecodable and duplicate entries are reported. */
    private PropertiesFile properties(String text, String path) {
        String file = source.describe(path);
        PropertiesFile properties = PropertiesFile.parse(text);
        properties.malformed().forEach(line -> report.accept(Problem.error(file, line, MALFORMED_ESCAPE)));
        Set<String> seen = new HashSet<>();
        for (PropertiesFile.Entry entry : properties.entries()) {
            if (!seen.add(entry.key())) {
                report.accept(Problem.error(file, entry.line(), String.format(DUPLICATE_KEY, entry.key(), properties.get(entry.key()).line())));
            }
        }
        return properties;
    }

    /** The rules of interface strings on their own: patterns and the format setting. */
    private void checkStrings(PropertiesFile bundle, String tag, String file) {
        for (PropertiesFile.Entry entry : bundle.entries()) {
            if (MessagePatterns.isPattern(entry.value())) {
                checkPattern(entry, file);
            }
            if (entry.key().equals(HISTORY_SLUG) && !entry.value().isBlank() && !DocumentReader.isUrlSafe(entry.value().strip())) {
                report.accept(Problem.error(file, entry.line(), String.format(HISTORY_SLUG_NOT_URL_SAFE, HISTORY_SLUG, entry.value())));
            }
            if (entry.key().equals(LocalizedFormats.SETTING) && !entry.value().isBlank()) {
                String problem = LocalizedFormats.problem(tag, entry.value());
                if (problem != null) {
                    report.accept(Problem.error(file, entry.line(), LocalizedFormats.SETTING + ": " + problem));
                }
            }
        }
    }

    private void checkPattern(PropertiesFile.Entry entry, String file) {
        String value = entry.value();
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) == '\'') {
                if (i + 1 < value.length() && value.charAt(i + 1) == '\'') {
                    i++;
                    continue;
                }
                report.accept(Problem.error(file, entry.line(), String.format(SINGLE_APOSTROPHE, entry.key())));
                return;
            }
        }
        try {
            new MessageFormat(value);
        } catch (IllegalArgumentException e) {
            report.accept(Problem.error(file, entry.line(), String.format(INVALID_PATTERN, entry.key(), e.getMessage())));
        }
    }
}
