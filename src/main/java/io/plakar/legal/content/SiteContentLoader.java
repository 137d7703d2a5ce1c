package io.plakar.legal.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
        return content(files, files);
    }

    /**
     * Loads {@code i18n/} for live preview: as {@link #load}, with the {@link PseudoLocale}s
     * added, generated from the French files once these load without error (so that a broken
     * French file is reported once, under its own name). The translators' check still sees the
     * files alone.
     */
    public static SiteContent loadPreview(I18nSource source) {
        I18nFiles files = I18nReader.read(source);
        if (files.hasErrors()) {
            throw new ContentException(files.errors());
        }
        I18nFiles served = I18nReader.read(PseudoLocale.over(source));
        if (served.hasErrors()) {
            throw new ContentException(served.errors());
        }
        return content(served, files);
    }

    private static SiteContent content(I18nFiles files, I18nFiles checked) {
        Map<String, LocalizedDocument> documents = new HashMap<>();
        for (Language language : files.languages()) {
            DocumentFile document = files.documents().get(language.tag());
            if (document != null) {
                documents.put(language.tag(), document.served(language.rtl()));
            }
        }
        List<PublishedVersion> versions = new ArrayList<>();
        DocumentFile original = files.original();
        for (DocumentFile version : PublishedVersion.order(original, files.history().values())) {
            versions.add(new PublishedVersion(version, version == original ? documents.get(I18nLayout.ORIGINAL) : version.served(false)));
        }
        return new SiteContent(files.languages(), documents, versions, files.messages(), files.facts(), checked);
    }
}
