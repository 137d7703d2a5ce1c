/**
 * WildFly only: an Undertow extension that answers published pages before the servlet
 * pipeline, with the same decisions as the router ({@link io.plakar.legal.http.PageResponse}),
 * and refuses request bodies first. Other servers never load it.
 */
package io.plakar.legal.undertow;
