/**
 * The site's state: its configuration ({@link io.plakar.legal.site.Config}), the content it
 * serves as immutable snapshots ({@link io.plakar.legal.site.Snapshot}, each with the pages it
 * has rendered), loaded once at start or, in live preview, again whenever {@code i18n/} changes
 * ({@link io.plakar.legal.site.LivePreview}), and the process's shutdown
 * ({@link io.plakar.legal.site.ShutdownSignal}).
 */
package io.plakar.legal.site;
