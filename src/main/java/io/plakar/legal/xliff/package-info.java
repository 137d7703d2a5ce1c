/**
 * XLIFF 1.2 round trip for translators and agencies: {@link io.plakar.legal.xliff.ExportCommand}
 * writes one language's interface strings and document as translation units,
 * {@link io.plakar.legal.xliff.ImportCommand} writes them back. Tooling only: these classes and
 * the Okapi Framework they use are left out of the WAR (see {@code pom.xml}).
 * <p>
 * The document is segmented by the site's own reader ({@link io.plakar.legal.content.DocumentFile#blocks()},
 * flexmark as the site parses it), not by Okapi's Markdown filter: that filter brings its own
 * flexmark, reads blocks differently from the site, and would not protect {@code {{fact}}}
 * placeholders, while the files must come back byte for byte. Okapi writes and reads the XLIFF
 * itself ({@link io.plakar.legal.xliff.XliffFormat}).
 */
package io.plakar.legal.xliff;
