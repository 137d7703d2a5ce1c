package io.plakar.legal.content;

import java.io.IOException;
import java.io.StringReader;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Properties;
import java.util.regex.Pattern;

import io.plakar.legal.i18n.Language;
import io.plakar.legal.i18n.LocalizedFormats;
import io.plakar.legal.i18n.Messages;

/**
 * Reads {@code i18n/} into a {@link SiteContent}. A language exists when it has a bundle,
 * {@code messages/<tag>.properties}; its document, {@code content/legal-notice.<tag>.md}, is
 * optional (the original is shown instead). Any defect is a {@link ContentException} naming the
 * file and line.
 */
public final class SiteContentLoader {

    public static final String MESSAGES = "messages";
    public static final String CONTENT = "content";
    public static final String DOCUMENT = "legal-notice";

    /** File names are language tags: {@code de}, {@code pt-br}. */
    static final Pattern TAG = Pattern.compile("[a-z]{2,3}(?:-[a-z0-9]{2,8})*");

    private SiteContentLoader() {
    }

    /** Whether a file name (without extension) is a language tag as the site accepts it. */
    public static boolean isTag(String name) {
        return TAG.matcher(name).matches();
    }

    public static SiteContent load(I18nSource source) {
        Facts facts = Facts.parse(text(source, Facts.FILE), source.describe(Facts.FILE));

        Map<String, Map<String, String>> strings = new HashMap<>();
        Map<String, String> texts = new HashMap<>();
        for (String name : source.list(MESSAGES)) {
            if (!name.endsWith(".properties")) {
                continue;
            }
            String tag = name.substring(0, name.length() - ".properties".length());
            String path = MESSAGES + "/" + name;
            if (!TAG.matcher(tag).matches()) {
                throw new ContentException(source.describe(path), 0,
                        "the file name must be a lower-case language tag such as de.properties or pt-br.properties");
            }
            texts.put(tag, text(source, path));
            strings.put(tag, properties(texts.get(tag), source.describe(path)));
        }
        if (!strings.containsKey(SiteContent.ORIGINAL)) {
            throw new ContentException(source.describe(MESSAGES + "/" + SiteContent.ORIGINAL + ".properties"), 0,
                    "the original language's strings are missing");
        }
        Messages messages = new Messages(strings, SiteContent.ORIGINAL);

        List<Language> languages = new ArrayList<>();
        for (String tag : strings.keySet()) {
            String name = messages.has(tag, "language.name") ? messages.get(tag, "language.name")
                    : Locale.forLanguageTag(tag).getDisplayName(Locale.forLanguageTag(tag));
            languages.add(new Language(tag, name, isRtl(messages, tag), formatTag(messages, tag, texts.get(tag),
                    source.describe(MESSAGES + "/" + tag + ".properties"))));
        }
        Collator collator = Collator.getInstance(Locale.ROOT);
        languages.sort(Comparator.comparing(Language::name, collator));

        DocumentParser parser = new DocumentParser(facts);
        Map<String, LocalizedDocument> documents = new HashMap<>();
        for (Language language : languages) {
            String tag = language.tag();
            String path = CONTENT + "/" + DOCUMENT + "." + tag + ".md";
            source.read(path).ifPresent(bytes -> {
                LocalizedDocument document = parser.parse(tag, language.formatTag(), Utf8.decode(bytes, source.describe(path)),
                        source.describe(path));
                documents.put(tag, language.rtl() ? isolateLeftToRightRuns(document) : document);
            });
        }
        if (!documents.containsKey(SiteContent.ORIGINAL)) {
            throw new ContentException(source.describe(CONTENT + "/" + DOCUMENT + "." + SiteContent.ORIGINAL + ".md"), 0,
                    "the original document is missing");
        }
        return new SiteContent(languages, documents, messages, facts);
    }

    /** The language's own {@link LocalizedFormats#SETTING} (never the French one), else its tag. */
    private static String formatTag(Messages messages, String tag, String text, String file) {
        if (!messages.has(tag, LocalizedFormats.SETTING)) {
            return tag;
        }
        String setting = messages.get(tag, LocalizedFormats.SETTING);
        String problem = LocalizedFormats.problem(tag, setting);
        if (problem != null) {
            throw new ContentException(file, Lines.lineOf(text, LocalizedFormats.SETTING), LocalizedFormats.SETTING + ": " + problem);
        }
        return LocalizedFormats.formatTag(tag, setting);
    }

    private static boolean isRtl(Messages messages, String tag) {
        return "rtl".equals(messages.get(tag, "language.direction").strip());
    }

    private static LocalizedDocument isolateLeftToRightRuns(LocalizedDocument document) {
        return new LocalizedDocument(document.tag(), document.file(), document.title(), document.slug(), document.description(),
                document.lastmod(), BidiIsolation.apply(document.html()), document.headings(), document.version(),
                document.originalVersion());
    }

    private static String text(I18nSource source, String path) {
        byte[] bytes = source.read(path).orElseThrow(() -> new ContentException(source.describe(path), 0, "the file is missing"));
        return Utf8.decode(bytes, source.describe(path));
    }

    /** The entries of a {@code .properties} file's text, or a {@link ContentException} naming the file. */
    static Map<String, String> properties(String text, String file) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new ContentException(file, 0, "cannot be read as a properties file: " + e.getMessage());
        }
        Map<String, String> values = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
        return values;
    }
}
