/**
 * Tooling for the editor of the French original, run from the project (never in the WAR, which
 * leaves this package out): {@link io.plakar.legal.history.tool.RecordVersionCommand} keeps the
 * current version in {@code i18n/history/}.
 */
package io.plakar.legal.history.tool;
