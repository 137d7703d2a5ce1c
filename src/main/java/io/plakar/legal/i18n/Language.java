package io.plakar.legal.i18n;

import java.util.Locale;

/**
 * A language the site is offered in.
 *
 * @param tag the BCP 47 tag as it appears in URLs and file names, lower case ({@code fr}, {@code pt-br})
 * @param name the language's name in itself ({@code Deutsch}, {@code العربية})
 * @param rtl whether the language is written right to left
 * @param formatTag the tag whose conventions its dates and amounts follow: the tag itself, or a
 *        regional variant its bundle names ({@code en-GB}; see {@link LocalizedFormats})
 */
public record Language(String tag, String name, boolean rtl, String formatTag) {

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The value of the HTML {@code dir} attribute. */
    public String direction() {
        return rtl ? "rtl" : "ltr";
    }

    // Bean getters: Jakarta EL 5 (EE 10) does not see record accessors.

    public String getTag() {
        return tag;
    }

    public String getName() {
        return name;
    }

    public Locale getLocale() {
        return locale();
    }

    public String getDirection() {
        return direction();
    }
}
