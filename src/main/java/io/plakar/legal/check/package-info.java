/**
 * The translators' check: the problems the reader of {@code i18n/} found
 * ({@link io.plakar.legal.content.I18nReader}), then the comparisons of each language with the
 * French original, as functions over what it read (strings: {@code BundleCheck}; documents:
 * {@code DocumentCheck}; what changed in the original since a translation's version, section by
 * section: {@code OriginalComparison}, from the copies kept by {@code io.plakar.legal.tooling.OriginalCopies};
 * the legal completeness of the original and what can be proved of the facts: {@code LegalRequirements},
 * {@code LegalFacts}; slugs and each language's
 * state: {@link io.plakar.legal.check.TranslationCheck}),
 * and the check's command ({@link io.plakar.legal.check.CheckCommand}). It only reads: the
 * tools that write {@code i18n/} are in {@code io.plakar.legal.tooling}, left out of the WAR.
 */
package io.plakar.legal.check;
