/**
 * The translators' check: every problem of {@code i18n/} with its file and line, the state of
 * each language, and the commands a translator runs ({@link io.plakar.legal.check.CheckCommand},
 * {@link io.plakar.legal.check.MarkCurrentCommand}).
 */
package io.plakar.legal.check;
