package io.plakar.legal.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import io.plakar.legal.i18n.Language;
import io.plakar.legal.i18n.Messages;

/**
 * What {@link I18nReader} found in {@code i18n/}: the facts, each language's strings and
 * document with the line of everything in them, and every problem, sorted by file and line.
 * What could not be read is absent (and a problem says why). Immutable.
 */
public final class I18nFiles {

    private final I18nSource source;
    private final Facts facts;
    private final SortedSet<String> tags;
    private final Map<String, PropertiesFile> bundles;
    private final Map<String, DocumentFile> documents;
    private final Map<String, DocumentFile> originals;
    private final Map<String, DocumentFile> history;
    private final List<Language> languages;
    private final Messages messages;
    private final List<Problem> problems;

    I18nFiles(I18nSource source, Facts facts, SortedSet<String> tags, Map<String, PropertiesFile> bundles,
            Map<String, DocumentFile> documents, Map<String, DocumentFile> originals, Map<String, DocumentFile> history,
            List<Language> languages, Messages messages,
            List<Problem> problems) {
        this.source = source;
        this.facts = facts;
        this.tags = Collections.unmodifiableSortedSet(new TreeSet<>(tags));
        this.bundles = Collections.unmodifiableMap(new TreeMap<>(bundles));
        this.documents = Collections.unmodifiableMap(new LinkedHashMap<>(documents));
        this.originals = Collections.unmodifiableMap(new TreeMap<>(originals));
        this.history = Collections.unmodifiableMap(new TreeMap<>(history));
        this.languages = List.copyOf(languages);
        this.messages = messages;
        this.problems = List.copyOf(problems);
    }

    /** How a file of {@code i18n/} is named in messages, such as {@code i18n/messages/de.properties}. */
    public String file(String path) {
        return source.describe(path);
    }

    public String bundleFile(String tag) {
        return file(I18nLayout.bundle(tag));
    }

    /** The facts, or null when the facts file is missing or not UTF-8. */
    public Facts facts() {
        return facts;
    }

    /** The tags of every bundle named as a language, in order, readable or not. */
    public SortedSet<String> tags() {
        return tags;
    }

    /** The readable bundles, by tag. */
    public Map<String, PropertiesFile> bundles() {
        return bundles;
    }

    /** The readable documents (front matter closed), by tag, with or without a bundle. */
    public Map<String, DocumentFile> documents() {
        return documents;
    }

    /** The original's document, or null. */
    public DocumentFile original() {
        return documents.get(I18nLayout.ORIGINAL);
    }

    /**
     * The kept copies of the original at past versions ({@link I18nLayout#ORIGINALS}), by
     * version; a copy whose text is not its version is left out (and reported).
     */
    public Map<String, DocumentFile> originals() {
        return originals;
    }

    /** The versions of the original that the translations' documents record (what their copies are kept for). */
    public java.util.Set<String> recordedVersions() {
        return documents.values().stream().filter(document -> !document.tag().equals(I18nLayout.ORIGINAL))
                .map(DocumentFile::originalVersion).filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * The published versions of the original kept in {@link I18nLayout#HISTORY}, by version; a
     * copy whose text is not its version is left out (and reported).
     */
    public Map<String, DocumentFile> history() {
        return history;
    }

    /** The languages with a readable bundle, in the order the switcher shows them (by name). */
    public List<Language> languages() {
        return languages;
    }

    public Messages messages() {
        return messages;
    }

    /** Every problem found while reading, errors and warnings, sorted by file and line. */
    public List<Problem> problems() {
        return problems;
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
