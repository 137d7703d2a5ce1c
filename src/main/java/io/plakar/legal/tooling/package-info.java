/**
 * The tools that write files of {@code i18n/}: mark-current and the copies of the French
 * original it keeps, record-version and the published versions of the French it keeps for the
 * history, and the one atomic way they (and the XLIFF import) write a file. Tooling: left out of
 * the WAR, like {@code io.plakar.legal.xliff}; the site and {@code /translations} only read.
 */
package io.plakar.legal.tooling;
