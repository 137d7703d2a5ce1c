package io.plakar.legal.i18n;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * Dates and amounts as each language writes them, with western digits in every language so
 * that figures read the same everywhere (an identifier must not change its digits in Arabic).
 */
public final class LocalizedFormats {

    private LocalizedFormats() {
    }

    /** The date in the language's long style: "6 mai 2025", "6. Mai 2025", "May 6, 2025". */
    public static String date(LocalDate date, String tag) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(latinDigits(tag)).format(date);
    }

    /** The amount in the language's currency format: "1 289,86 €", "€1,289.86". */
    public static String amount(BigDecimal amount, Currency currency, String tag) {
        NumberFormat format = NumberFormat.getCurrencyInstance(latinDigits(tag));
        format.setCurrency(currency);
        format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        format.setMaximumFractionDigits(currency.getDefaultFractionDigits());
        return format.format(amount);
    }

    private static Locale latinDigits(String tag) {
        return new Locale.Builder().setLanguageTag(tag).setUnicodeLocaleKeyword("nu", "latn").build();
    }
}
