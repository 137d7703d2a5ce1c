/**
 * Languages: which ones the site offers, which one a visitor gets, and the interface strings
 * and formats of each.
 */
package io.plakar.legal.i18n;
