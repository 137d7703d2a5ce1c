package io.plakar.legal.content;

import java.util.HashMap;
import java.util.Map;

import io.plakar.legal.i18n.Language;

/**
 * Loads {@code i18n/} for the site: reads it with {@link I18nReader} and refuses it when it has
 * any error, with a {@link ContentException} listing every error with its file and line. A
 * language exists when it has a bundle, {@code messages/<tag>.properties}; its document,
 * {@code content/legal-notice.<tag>.md}, is optional (the original is shown instead).
 */
public final class SiteContentLoader {

    private SiteContentLoader() {
    }

    public static SiteContent load(I18nSource source) {
        I18nFiles files = I18nReader.read(source);
        if (files.hasErrors()) {
            throw new ContentException(files.errors());
        }
        Map<String, LocalizedDocument> documents = new HashMap<>();
        for (Language language : files.languages()) {
            DocumentFile document = files.documents().get(language.tag());
            if (document != null) {
                documents.put(language.tag(), document.served(language.rtl()));
            }
        }
        return new SiteContent(files.languages(), documents, files.messages(), files.facts(), files);
    }
}
