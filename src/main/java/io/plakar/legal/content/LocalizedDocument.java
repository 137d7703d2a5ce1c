package io.plakar.legal.content;

import java.time.LocalDate;
import java.util.List;

import io.plakar.legal.content.MarkdownRenderer.Heading;

/**
 * The legal notice in one language, rendered once at load time.
 *
 * @param tag the language
 * @param file where it was read from, for messages
 * @param title the front matter's title
 * @param slug the last segment of the page's URL
 * @param description the front matter's description, or empty
 * @param lastmod the front matter's lastmod (else date), or null
 * @param html the rendered body
 * @param headings the body's headings, in order
 * @param version this document's {@link SourceVersion} (what a translation of it records)
 * @param originalVersion for a translation, the version of the original it was made from, or null
 */
public record LocalizedDocument(String tag, String file, String title, String slug, String description,
        LocalDate lastmod, String html, List<Heading> headings, String version, String originalVersion) {
}
