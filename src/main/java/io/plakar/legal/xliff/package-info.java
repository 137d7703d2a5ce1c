/**
 * XLIFF 1.2 round trip for translators and agencies: {@link io.plakar.legal.xliff.ExportCommand}
 * writes one language's interface strings and document as translation units,
 * {@link io.plakar.legal.xliff.ImportCommand} writes them back. Tooling only: these classes and
 * the Okapi Framework they use are left out of the WAR (see {@code pom.xml}).
 * <p>
 * The document is segmented by the site's own reader ({@link io.plakar.legal.content.DocumentFile#blocks()},
 * flexmark as the site configures it), not by Okapi's Markdown filter: that filter (same flexmark
 * 0.64.8) parses with extensions the site does not enable (tables, YAML front matter,
 * admonitions…), so its blocks could differ from the ones the site renders and the check
 * compares; it extracts one file at a time, while a unit pairs a French block with the
 * translation's block at the same place; and it writes a file back through its own skeleton,
 * where the round trip must give back each file byte for byte. Okapi writes and reads the
 * XLIFF itself ({@link io.plakar.legal.xliff.XliffFormat}).
 */
package io.plakar.legal.xliff;
