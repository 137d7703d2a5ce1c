/**
 * The translators' files under {@code i18n/}, read once: {@link io.plakar.legal.content.I18nReader}
 * walks them (through {@link io.plakar.legal.content.I18nSource}, a checkout's folder or the
 * WAR's copy, laid out as {@link io.plakar.legal.content.I18nLayout} says) and returns
 * {@link io.plakar.legal.content.I18nFiles}: the facts, each language's strings and document
 * with the line of everything in them, and every {@link io.plakar.legal.content.Problem} found,
 * each with its file and line. {@link io.plakar.legal.content.SiteContentLoader} turns that into
 * the immutable {@link io.plakar.legal.content.SiteContent} the site serves, or refuses it with a
 * {@link io.plakar.legal.content.ContentException} listing every error.
 */
package io.plakar.legal.content;
