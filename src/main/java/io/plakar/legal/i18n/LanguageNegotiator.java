package io.plakar.legal.i18n;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Locale.LanguageRange;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks the language of a visitor who did not name one in the URL: their remembered choice,
 * then their {@code Accept-Language} header, then the default language.
 * <p>
 * The header is read as RFC 9110 section 12.5.4 defines it and matched with RFC 4647 lookup
 * ({@link Locale#lookupTag}), so {@code en-GB} finds {@code en}, {@code q=0} excludes a
 * language and {@code *} accepts any language not excluded. A header that breaks the grammar,
 * or is longer than {@value #MAX_HEADER_LENGTH} characters, is ignored as a whole: it costs at
 * most one linear scan. The server's default locale plays no part.
 */
public final class LanguageNegotiator {

    /** Longer headers are ignored; browsers send well under 200 characters. */
    public static final int MAX_HEADER_LENGTH = 1024;

    private static final Pattern ELEMENT = Pattern.compile(
            "(\\*|[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*)"
            + "(?:[ \\t]*;[ \\t]*[qQ]=(0(?:\\.[0-9]{0,3})?|1(?:\\.0{0,3})?))?");

    private final List<String> supported;
    private final String fallback;

    /**
     * @param supported the tags offered, lower case, in order of preference for a wildcard
     * @param fallback the tag chosen when nothing else decides; one of {@code supported}
     */
    public LanguageNegotiator(List<String> supported, String fallback) {
        if (!supported.contains(fallback)) {
            throw new IllegalArgumentException("The fallback language " + fallback + " is not among " + supported);
        }
        this.supported = List.copyOf(supported);
        this.fallback = fallback;
    }

    /**
     * @param choice the remembered choice (the language cookie's value), or null
     * @param acceptLanguage the {@code Accept-Language} header, or null
     * @return a supported tag, never null
     */
    public String negotiate(String choice, String acceptLanguage) {
        if (choice != null && supported.contains(choice)) {
            return choice;
        }
        return fromAcceptLanguage(acceptLanguage).orElse(fallback);
    }

    /** The best supported tag for the header, or empty when the header decides nothing. */
    public Optional<String> fromAcceptLanguage(String header) {
        List<LanguageRange> ranges = parse(header);
        if (ranges.isEmpty()) {
            return Optional.empty();
        }
        String match = Locale.lookupTag(ranges, supported);
        if (match != null) {
            return Optional.of(match);
        }
        // Lookup ignores "*"; RFC 9110 reads it as "any other language", so take the first
        // supported language that no q=0 range excludes.
        boolean wildcard = ranges.stream().anyMatch(range -> range.getRange().equals("*") && range.getWeight() > 0);
        if (!wildcard) {
            return Optional.empty();
        }
        List<LanguageRange> excluded = ranges.stream().filter(range -> range.getWeight() == 0).toList();
        List<String> preferred = new ArrayList<>(supported.size());
        preferred.add(fallback);
        supported.stream().filter(tag -> !tag.equals(fallback)).forEach(preferred::add);
        return preferred.stream()
                .filter(tag -> excluded.isEmpty() || Locale.filterTags(excluded.stream()
                        .map(range -> new LanguageRange(range.getRange())).toList(), List.of(tag)).isEmpty())
                .findFirst();
    }

    /**
     * The ranges of a header in order of preference, or an empty list when the header is
     * absent, too long or malformed.
     */
    static List<LanguageRange> parse(String header) {
        if (header == null || header.isBlank() || header.length() > MAX_HEADER_LENGTH) {
            return List.of();
        }
        List<LanguageRange> ranges = new ArrayList<>();
        for (String element : header.split(",", -1)) {
            String trimmed = element.strip();
            if (trimmed.isEmpty()) {
                continue; // RFC 9110 5.6.1: empty list elements are allowed and ignored
            }
            Matcher matcher = ELEMENT.matcher(trimmed);
            if (!matcher.matches()) {
                return List.of();
            }
            double weight = matcher.group(2) == null ? 1.0 : Double.parseDouble(matcher.group(2));
            ranges.add(new LanguageRange(matcher.group(1).toLowerCase(Locale.ROOT), weight));
        }
        ranges.sort(Comparator.comparingDouble(LanguageRange::getWeight).reversed()); // stable
        return ranges;
    }
}
