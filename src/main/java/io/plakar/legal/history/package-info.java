/**
 * The history of the French original for visitors: every published version, kept in
 * {@code i18n/history/} ({@link io.plakar.legal.content.I18nLayout#HISTORY}), newest first, with
 * what changed from one to the next ({@link io.plakar.legal.history.History}). Recording a
 * version is the editor's command, in {@code io.plakar.legal.tooling}, left out of the WAR.
 */
package io.plakar.legal.history;
