/**
 * HTTP: routing of the public URLs, redirects, the page models behind the Facelets views,
 * the sitemap and robots.txt.
 */
package io.plakar.legal.web;
