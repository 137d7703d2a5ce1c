package io.plakar.legal.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.plakar.legal.i18n.Language;
import io.plakar.legal.i18n.Messages;

/**
 * Everything the site serves, loaded from {@code i18n/} once: the languages, the legal notice
 * rendered in each language that has it, the interface strings and the facts. Immutable.
 */
public final class SiteContent {

    /** The language of the legally binding original. */
    public static final String ORIGINAL = I18nLayout.ORIGINAL;

    private final Map<String, Language> languages;
    private final Map<String, LocalizedDocument> documents;
    private final List<PublishedVersion> versions;
    private final Messages messages;
    private final Facts facts;
    private final I18nFiles files;

    SiteContent(List<Language> languages, Map<String, LocalizedDocument> documents, List<PublishedVersion> versions, Messages messages,
            Facts facts, I18nFiles files) {
        Map<String, Language> byTag = new LinkedHashMap<>();
        languages.forEach(language -> byTag.put(language.tag(), language));
        this.languages = java.util.Collections.unmodifiableMap(byTag);
        this.documents = Map.copyOf(documents);
        this.versions = List.copyOf(versions);
        this.messages = messages;
        this.facts = facts;
        this.files = files;
        this.incomplete = files.original() == null ? java.util.Set.of() : files.documents().values().stream()
                .filter(document -> document != files.original() && !Segments.untranslated(document, files.original()).isEmpty())
                .map(DocumentFile::tag).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The translations some of whose units are still the French text. */
    private final java.util.Set<String> incomplete;

    /** Whether the language's translation still shows some of the French text (units the import left untranslated). */
    public boolean incomplete(String tag) {
        return incomplete.contains(tag);
    }

    /** The languages, in the order the switcher shows them. */
    public List<Language> languages() {
        return List.copyOf(languages.values());
    }

    public List<String> tags() {
        return List.copyOf(languages.keySet());
    }

    /** The language of a tag as found in a URL or cookie, matched without regard to case. */
    public Optional<Language> language(String tag) {
        return tag == null ? Optional.empty() : Optional.ofNullable(languages.get(tag.toLowerCase(Locale.ROOT)));
    }

    public Language original() {
        return languages.get(ORIGINAL);
    }

    /** Whether the language has its own translation of the document. */
    public boolean translated(String tag) {
        return documents.containsKey(tag);
    }

    /**
     * Whether the language's translation was made from an older version of the original (or
     * does not say from which).
     */
    public boolean stale(String tag) {
        LocalizedDocument translation = documents.get(tag);
        return translation != null && !tag.equals(ORIGINAL)
                && !SourceVersion.isCurrent(translation.originalVersion(), documents.get(ORIGINAL).version());
    }

    /** The document in the language, or the original where the language has none. */
    public LocalizedDocument document(String tag) {
        return documents.getOrDefault(tag, documents.get(ORIGINAL));
    }

    /** The URL path of the document in the language, such as {@code /de/impressum}. */
    public String path(String tag) {
        return "/" + tag + "/" + document(tag).slug();
    }

    /**
     * The published versions of the original, newest first: the current one, then those kept in
     * {@code i18n/history/} (see {@link PublishedVersion#order}).
     */
    public List<PublishedVersion> versions() {
        return versions;
    }

    /** A published version of the original, by its {@link SourceVersion}. */
    public Optional<PublishedVersion> version(String version) {
        return versions.stream().filter(published -> published.version().equals(version)).findFirst();
    }

    /** Whether the version is the original's current one. */
    public boolean current(String version) {
        return versions.get(0).version().equals(version);
    }

    /** The slug of the history page in the language, such as {@code versionen}. */
    public String historySlug(String tag) {
        return messages.get(tag, I18nReader.HISTORY_SLUG).strip();
    }

    /** The URL path of the history page in the language, such as {@code /de/impressum/versionen}. */
    public String historyPath(String tag) {
        return path(tag) + "/" + historySlug(tag);
    }

    /** The URL path of a version of the original in the language, such as {@code /de/impressum/versionen/e6e2351df25d}. */
    public String versionPath(String tag, String version) {
        return historyPath(tag) + "/" + version;
    }

    public Messages messages() {
        return messages;
    }

    public Facts facts() {
        return facts;
    }

    /** The files this content was read from, as the reader found them, for the translators' check. */
    public I18nFiles files() {
        return files;
    }
}
