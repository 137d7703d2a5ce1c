package io.plakar.legal.i18n;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.IllformedLocaleException;
import java.util.Locale;

/**
 * Dates and amounts as each language writes them, with western digits in every language so
 * that figures read the same everywhere (an identifier must not change its digits in Arabic).
 * <p>
 * Configuration: a language formats in the conventions of its own tag ({@code de}), unless its
 * bundle names a regional variant of itself in {@value #SETTING}: the English translation is
 * British, so {@code en.properties} sets {@code en-GB} ("6 May 2025", not "May 6, 2025"). The
 * setting is read from the language's own bundle only, never from the French one.
 */
public final class LocalizedFormats {

    /** The bundle key with which a language names the locale its dates and amounts follow. */
    public static final String SETTING = "language.format-locale";

    private LocalizedFormats() {
    }

    /** The date in the long style of a language or locale tag: "6 mai 2025", "6. Mai 2025", "6 May 2025" (en-GB). */
    public static String date(LocalDate date, String formatTag) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(latinDigits(formatTag)).format(date);
    }

    /** The amount in the currency format of a language or locale tag: "1 289,86 €", "€1,289.86". */
    public static String amount(BigDecimal amount, Currency currency, String formatTag) {
        NumberFormat format = NumberFormat.getCurrencyInstance(latinDigits(formatTag));
        format.setCurrency(currency);
        format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        format.setMaximumFractionDigits(currency.getDefaultFractionDigits());
        return format.format(amount);
    }

    /**
     * The tag a language formats with: its {@value #SETTING} when it has a usable one, else its
     * own tag.
     *
     * @param tag the language's tag ({@code en})
     * @param setting the value of {@value #SETTING} in the language's own bundle, or null
     */
    public static String formatTag(String tag, String setting) {
        return setting == null || setting.isBlank() || problem(tag, setting) != null ? tag : setting.strip();
    }

    /**
     * Why a language's {@value #SETTING} cannot be used, or null when it can. It must be a
     * well-formed BCP 47 tag of the same language ({@code en-GB} for {@code en}, {@code pt-BR}
     * for {@code pt-br}): a value copied from another language's bundle would otherwise write
     * that language's dates unnoticed.
     */
    public static String problem(String tag, String setting) {
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(setting.strip()).build();
        } catch (IllformedLocaleException e) {
            return "'" + setting.strip() + "' is not a language tag such as en-GB";
        }
        String language = Locale.forLanguageTag(tag).getLanguage();
        if (!locale.getLanguage().equals(language)) {
            return "'" + setting.strip() + "' is not a variant of the language '" + tag + "': write '" + language
                    + "' or '" + language + "-' followed by a region, as en-GB for en";
        }
        return null;
    }

    private static Locale latinDigits(String formatTag) {
        return new Locale.Builder().setLanguageTag(formatTag).setUnicodeLocaleKeyword("nu", "latn").build();
    }
}
