/**
 * HTTP, on every server: the router that maps URLs to pages, redirects and refusals
 * ({@link io.plakar.legal.http.Router}) and the request's decided state
 * ({@link io.plakar.legal.http.ActiveRequest}); how a rendered page is answered
 * ({@link io.plakar.legal.http.PageResponse}) and published to a server's fast path; the
 * security headers, the language cookie, the refusal of request bodies; the health report.
 */
package io.plakar.legal.http;
