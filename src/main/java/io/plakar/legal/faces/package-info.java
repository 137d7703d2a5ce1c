/**
 * The Faces beans behind the Facelets views: what a page or error page shows
 * ({@link io.plakar.legal.faces.PageModel}), what the sitemap and robots.txt list
 * ({@link io.plakar.legal.faces.SitemapModel}), the translators' status report
 * ({@link io.plakar.legal.faces.TranslationsModel}), the live preview's list of problems
 * ({@link io.plakar.legal.faces.PreviewErrorModel}), and the stylesheet's version for cacheable
 * resource URLs. Every document the site serves is rendered by Faces from a view under
 * {@code WEB-INF/views}, {@code WEB-INF/errorpages} or, for {@code sitemap.xml} and
 * {@code robots.txt}, the web root.
 */
package io.plakar.legal.faces;
