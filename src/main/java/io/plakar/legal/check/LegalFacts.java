package io.plakar.legal.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * What the legal check can prove of a fact's value, as pure functions: a SIREN's check digit, a
 * French VAT number's key, a telephone number, an e-mail address, a web address, whether a name
 * is a company's. Each answers what is wrong in words a message can carry, or nothing. The
 * sources of these rules are the {@code rule.*} keys of {@value LegalRequirements#RESOURCE}.
 */
final class LegalFacts {

    /** What is wrong with a value: an error when it cannot be right, a warning when it is doubtful. */
    record Finding(boolean error, String message) {

        static Finding error(String message) {
            return new Finding(true, message);
        }

        static Finding warning(String message) {
            return new Finding(false, message);
        }
    }

    static final String SIREN_FORMAT = "is not a SIREN: nine digits (spaces allowed)";
    static final String SIREN_CHECK_DIGIT = "cannot be a SIREN: its last digit is not the check digit of the first eight (Luhn);"
            + " copy the number again from the Kbis";
    static final String VAT_FORMAT = "is not a French VAT number: FR, a key of two characters, then the nine digits of the SIREN";
    static final String VAT_KEY = "cannot be right: its key %s does not match its SIREN %s, whose key is %s"
            + " (key = (12 + 3 × (SIREN mod 97)) mod 97)";
    static final String VAT_SIREN = "names the SIREN %s, but company.siren (%s) is %s: one of them is wrong";
    static final String VAT_LETTER_KEY = "has a key of letters, which the check cannot verify: check the number in the EU's VIES service";
    static final String PHONE_UNREADABLE = "cannot be a telephone number: %s";
    static final String PHONE_INVALID = "cannot be a telephone number: no number of country code +%d (%s) is written so";
    static final String PHONE_NATIONAL = "is not written in international format, and every language shows it as written: write %s";
    static final String PHONE_FORMAT = "is not written in international format (the country code, then the number without parentheses or"
            + " trunk 0), and every language shows it as written: write %s";
    static final String EMAIL = "is not an e-mail address (name@domain.example)";
    static final String URL = "is not a web address (https://…)";
    static final String URL_NOT_HTTPS = "is not an https address: write https://… (a plain http address can be altered on its way to the visitor)";
    static final String DIRECTOR_COMPANY = "is a company (%s), but the publication director of a company is a natural person:"
            + " its legal representative (Cass. crim., 22 janvier 2019, n° 18-81.779; loi n° 82-652, art. 93-2); name that person in director.name";

    private static final Pattern VAT = Pattern.compile("([A-Z]{2})([0-9A-Z]{2})([0-9]{9})");
    private static final Pattern EMAIL_ADDRESS = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
            + "@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");
    /**
     * Legal forms in a name, as written in France and in the countries whose companies most often
     * sit on French boards; case-sensitive, standing alone (not inside a word).
     */
    private static final Pattern LEGAL_FORM = Pattern.compile("(?<![\\p{L}\\p{N}])(SAS|SASU|SARL|EURL|SA|SNC|SCA|SCS|SE|SCI|SELARL"
            + "|B\\.V\\.|BV|N\\.V\\.|NV|GmbH|AG|KG|Ltd\\.?|Limited|LLC|L\\.L\\.C\\.|LLP|Inc\\.?|Corp\\.?|PLC|S\\.A\\.|S\\.A\\.S\\.|S\\.p\\.A\\.|S\\.r\\.l\\.|SpA|Srl"
            + "|Oy|AB|ApS|A/S|AS|sp\\. z o\\.o\\.|[Ss]ociété|[Cc]ompany|[Cc]orporation)(?![\\p{L}\\p{N}])");

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private LegalFacts() {
    }

    /** Digits only, without the spaces (and no-break spaces) people write numbers with. */
    static String digits(String value) {
        return value.replaceAll("[\\s\\u00a0\\u202f.]", "");
    }

    /** Whether the digits pass the Luhn check (the last digit is the check digit of the others). */
    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    /** The key of the French VAT number of a SIREN, two digits. */
    static String vatKey(String siren) {
        return String.format(Locale.ROOT, "%02d", (12 + 3 * (Long.parseLong(siren) % 97)) % 97);
    }

    static Optional<Finding> siren(String value) {
        String digits = digits(value);
        if (!digits.matches("[0-9]{9}")) {
            return Optional.of(Finding.error(SIREN_FORMAT));
        }
        return luhn(digits) ? Optional.empty() : Optional.of(Finding.error(SIREN_CHECK_DIGIT));
    }

    /**
     * A French VAT number against its own SIREN, then against the company's (null when that is not
     * a valid SIREN, or unknown). Numbers of other countries are not checked.
     */
    static Optional<Finding> vat(String value, String siren, String sirenWhere) {
        String number = digits(value).toUpperCase(Locale.ROOT);
        if (!number.startsWith("FR")) {
            return Optional.empty();
        }
        Matcher matcher = VAT.matcher(number);
        if (!matcher.matches()) {
            return Optional.of(Finding.error(VAT_FORMAT));
        }
        String key = matcher.group(2);
        String own = matcher.group(3);
        if (!key.matches("[0-9]{2}")) {
            return Optional.of(Finding.warning(VAT_LETTER_KEY));
        }
        if (!key.equals(vatKey(own))) {
            return Optional.of(Finding.error(String.format(VAT_KEY, key, own, vatKey(own))));
        }
        if (siren != null && !own.equals(digits(siren))) {
            return Optional.of(Finding.error(String.format(VAT_SIREN, own, sirenWhere, siren)));
        }
        return Optional.empty();
    }

    /**
     * A telephone number: it must parse, as a number of the country its code names (a number
     * without one is read as French), and be valid there; one written otherwise than in
     * international format (libphonenumber's, or E.164) is doubtful, since every language shows it
     * as written.
     */
    static Optional<Finding> phone(String value) {
        PhoneNumber number;
        try {
            number = PHONES.parse(value, "FR");
        } catch (NumberParseException e) {
            return Optional.of(Finding.error(String.format(PHONE_UNREADABLE, e.getMessage())));
        }
        if (!PHONES.isValidNumber(number)) {
            String region = PHONES.getRegionCodeForCountryCode(number.getCountryCode());
            return Optional.of(Finding.error(String.format(PHONE_INVALID, number.getCountryCode(), region)));
        }
        String international = PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
        String written = value.strip().replaceAll("[\\s\\u00a0\\u202f]+", " ");
        if (!written.startsWith("+")) {
            return Optional.of(Finding.warning(String.format(PHONE_NATIONAL, international)));
        }
        if (!written.equals(international) && !written.equals(PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164))) {
            return Optional.of(Finding.warning(String.format(PHONE_FORMAT, international)));
        }
        return Optional.empty();
    }

    static Optional<Finding> email(String value) {
        return EMAIL_ADDRESS.matcher(value.strip()).matches() ? Optional.empty() : Optional.of(Finding.error(EMAIL));
    }

    /** An absolute http(s) address with a host; http is doubtful, anything else is wrong. */
    static Optional<Finding> url(String value) {
        try {
            URI uri = new URI(value.strip());
            if (uri.getHost() != null && "https".equalsIgnoreCase(uri.getScheme())) {
                return Optional.empty();
            }
            if (uri.getHost() != null && "http".equalsIgnoreCase(uri.getScheme())) {
                return Optional.of(Finding.warning(URL_NOT_HTTPS));
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        return Optional.of(Finding.error(URL));
    }

    /**
     * Whether a name is a company's: it carries a legal form, or it is the name of the publisher
     * or of the host. Says how it knows.
     */
    static Optional<Finding> director(String name, String publisher, String host) {
        Matcher form = LEGAL_FORM.matcher(name);
        if (form.find()) {
            return Optional.of(Finding.warning(String.format(DIRECTOR_COMPANY, "the legal form " + form.group(1) + " in its name")));
        }
        String stripped = name.strip();
        if (publisher != null && stripped.equalsIgnoreCase(publisher.strip())) {
            return Optional.of(Finding.warning(String.format(DIRECTOR_COMPANY, "the publisher's own name")));
        }
        if (host != null && stripped.equalsIgnoreCase(host.strip())) {
            return Optional.of(Finding.warning(String.format(DIRECTOR_COMPANY, "the host's name")));
        }
        return Optional.empty();
    }
}
