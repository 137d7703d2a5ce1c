/**
 * The Faces beans behind the Facelets views: what a page shows
 * ({@link io.plakar.legal.faces.PageModel}) and the stylesheet's version for cacheable
 * resource URLs.
 */
package io.plakar.legal.faces;
