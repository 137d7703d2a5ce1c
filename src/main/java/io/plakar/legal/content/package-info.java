/**
 * The translators' files under {@code i18n/}: facts, Markdown documents and message bundles,
 * loaded once into an immutable {@link io.plakar.legal.content.SiteContent}.
 */
package io.plakar.legal.content;
