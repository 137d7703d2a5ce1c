package io.plakar.legal.content;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.plakar.legal.i18n.LocalizedFormats;

/**
 * The pseudo-languages of live preview, generated from the French original when {@code i18n/}
 * is read and never written anywhere: every letter of the human text accented ("Sommaire" reads
 * "⟦Šöɱɱáîŕé ŀö⟧"), about 40 % longer, and bracketed so that a cut-off string shows. A string
 * the layout writes itself, or one a bundle forgot, stays in plain letters and stands out; a
 * layout that only fits French lengths overflows.
 * <ul>
 * <li>{@code en-XA}: left to right;</li>
 * <li>{@code ar-XB}: the same text, right to left, to see the layout mirrored.</li>
 * </ul>
 * The tags are Android's and Chrome's pseudo-locales (Chrome sends them with {@code --lang=en-XA}):
 * {@code XA} and {@code XB} are private-use region codes, so the tags are valid BCP 47 and fit the
 * site's rule for tags ({@link I18nLayout#isTag}, lower case in URLs and file names), where a
 * BCP 47 private-use tag ({@code x-…}) would not.
 * <p>
 * Only human text changes: {@code {0}} placeholders, {@code {{fact}}} references, Markdown syntax
 * (link targets, autolinks, emphasis, heading and list markers, code), HTML entities, addresses
 * and digits are kept as they are, so the generated language passes the translators' check.
 * <p>
 * Usage: {@link #over(I18nSource)} adds the generated files to a source; the live preview reads
 * that (see {@link SiteContentLoader#loadPreview}); the production build never does.
 */
public final class PseudoLocale {

    /** Left to right, accented and expanded. */
    public static final PseudoLocale EN_XA = new PseudoLocale("en-xa", false);
    /** The same text, right to left. */
    public static final PseudoLocale AR_XB = new PseudoLocale("ar-xb", true);

    public static final List<PseudoLocale> ALL = List.of(EN_XA, AR_XB);

    /** Marks the start and end of every generated string: a truncated string lacks its end. */
    public static final char OPEN = '⟦';
    public static final char CLOSE = '⟧';

    /** Each string grows by this share of its human text (plus its two brackets). */
    static final double EXPANSION = 0.4;

    private static final String PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    /** Android's pseudo-locale accents: one look-alike per ASCII letter. */
    private static final String ACCENTED = "áƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ";

    /** The words the padding is cut from, accented like the rest. */
    private static final String FILLER = accent("lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor "
            + "incididunt ut labore et dolore magna aliqua ut enim ad minim veniam quis nostrud exercitation ");

    /** What is kept as written: facts, placeholders, link targets, autolinks, entities, code, addresses. */
    private static final Pattern KEPT = Pattern.compile(
            FactSubstitution.PLACEHOLDER.pattern() // the facts as the reader finds them
            + "|\\{[^{}]*}"
            + "|]\\([^)]*\\)"
            + "|<[^<>\\s]+>"
            + "|&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);"
            + "|`+[^`]*`+"
            + "|https?://[^\\s)>\\]]+"
            + "|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

    /** The block markers a Markdown line starts with: headings, list items, quotes. */
    private static final Pattern BLOCK_PREFIX = Pattern.compile("^\\s*(?:(?:#{1,6}|[-*+]|\\d{1,9}[.)]|>)\\s+)*");

    private final String tag;
    private final boolean rtl;

    private PseudoLocale(String tag, boolean rtl) {
        this.tag = tag;
        this.rtl = rtl;
    }

    /** The tag as in URLs and file names: {@code en-xa}. */
    public String tag() {
        return tag;
    }

    public boolean rtl() {
        return rtl;
    }

    /** The slug of the generated document: the original's, with the region ({@code mentions-legales-xa}). */
    public String slug(String originalSlug) {
        return originalSlug + "-" + tag.substring(tag.indexOf('-') + 1);
    }

    /** Whether the tag is one of the pseudo-languages', in any case, which no file of {@code i18n/} may take. */
    public static boolean reserves(String tag) {
        return ALL.stream().anyMatch(pseudo -> pseudo.tag.equalsIgnoreCase(tag));
    }

    /** Whether the path names a file this class generates. */
    static boolean generates(String path) {
        return ALL.stream().anyMatch(pseudo -> path.equals(I18nLayout.bundle(pseudo.tag)) || path.equals(I18nLayout.document(pseudo.tag)));
    }

    /**
     * The source with the pseudo-languages' bundles and documents added beside its own files,
     * generated from its French ones on each read (when those are missing or not UTF-8, the
     * generated files are too, and the reader reports the French ones).
     */
    public static I18nSource over(I18nSource source) {
        return new I18nSource() {
            @Override
            public List<String> list(String folder) {
                List<String> names = new ArrayList<>(source.list(folder));
                for (PseudoLocale pseudo : ALL) {
                    String generated = name(folder, pseudo.tag);
                    if (names.contains(name(folder, I18nLayout.ORIGINAL)) && !names.contains(generated)) {
                        names.add(generated);
                    }
                }
                return names.stream().sorted().toList();
            }

            @Override
            public Optional<byte[]> read(String path) {
                for (PseudoLocale pseudo : ALL) {
                    if (path.equals(I18nLayout.bundle(pseudo.tag))) {
                        return utf8(source.read(I18nLayout.bundle(I18nLayout.ORIGINAL))).map(pseudo::bundle).map(PseudoLocale::bytes);
                    }
                    if (path.equals(I18nLayout.document(pseudo.tag))) {
                        return utf8(source.read(I18nLayout.document(I18nLayout.ORIGINAL))).map(pseudo::document).map(PseudoLocale::bytes);
                    }
                }
                return source.read(path);
            }

            @Override
            public boolean generated(String path) {
                return generates(path);
            }

            @Override
            public String describe(String path) {
                if (!generates(path)) {
                    return source.describe(path);
                }
                String original = path.startsWith(I18nLayout.MESSAGES) ? I18nLayout.bundle(I18nLayout.ORIGINAL) : I18nLayout.document(I18nLayout.ORIGINAL);
                return source.describe(path) + " (pseudo-locale generated from " + source.describe(original) + ")";
            }
        };
    }

    private static String name(String folder, String tag) {
        String path = folder.equals(I18nLayout.MESSAGES) ? I18nLayout.bundle(tag) : I18nLayout.document(tag);
        return path.substring(path.indexOf('/') + 1);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The file's text as the reader of {@code i18n/} decodes it, or empty when it is not UTF-8 (the reader reports it). */
    private static Optional<String> utf8(Optional<byte[]> bytes) {
        return bytes.map(content -> TextFile.decode(content, "", problem -> {
        }));
    }

    /** The bundle of this pseudo-language, from the French one's text: every string pseudo-localized. */
    String bundle(String original) {
        StringBuilder out = new StringBuilder("# Generated from " + I18nLayout.bundle(I18nLayout.ORIGINAL) + " for live preview: never edit.\n");
        for (PropertiesFile.Entry entry : PropertiesFile.parse(original).entries()) {
            String value = switch (entry.key()) {
                case I18nReader.NAME -> text("Pseudo " + Locale.forLanguageTag(tag).toLanguageTag());
                case I18nReader.DIRECTION -> rtl ? "rtl" : "ltr";
                case LocalizedFormats.SETTING -> Locale.forLanguageTag(tag).toLanguageTag(); // dates and amounts: en-XA writes them as en
                case I18nReader.HISTORY_SLUG -> slug(entry.value().strip()); // part of an address: stays URL-safe
                default -> text(entry.value());
            };
            out.append(entry.key()).append(" = ").append(PropertiesFile.escape(value)).append('\n');
        }
        return out.toString();
    }

    /**
     * The document of this pseudo-language, from the French one's text: its title, description
     * and body pseudo-localized, its own slug, and current with the original.
     */
    String document(String original) {
        List<String> lines = TextFile.lines(original);
        List<String> out = new ArrayList<>(lines.size() + 2);
        int i = 0;
        if (!lines.isEmpty() && lines.get(0).strip().equals("---")) {
            out.add(lines.get(0));
            String lastmod = null;
            for (i = 1; i < lines.size() && !lines.get(i).strip().equals("---"); i++) {
                String line = lines.get(i);
                String name = FrontMatter.fieldName(line);
                if (name == null) {
                    out.add(line);
                    continue;
                }
                FrontMatter.Span value = FrontMatter.valueSpan(line);
                String unquoted = line.substring(value.start(), value.end());
                switch (name) {
                    case DocumentReader.TITLE, DocumentReader.DESCRIPTION -> out.add(name + ": \"" + text(unquoted) + "\"");
                    case DocumentReader.SLUG -> out.add(name + ": \"" + slug(unquoted) + "\"");
                    case SourceVersion.FIELD, SourceVersion.LASTMOD_FIELD -> {
                        // written below, for this original
                    }
                    default -> out.add(line);
                }
                if (name.equals(DocumentReader.LASTMOD) || name.equals(DocumentReader.DATE) && lastmod == null) {
                    lastmod = unquoted;
                }
            }
            out.add(SourceVersion.FIELD + ": " + SourceVersion.of(original));
            if (lastmod != null) {
                out.add(SourceVersion.LASTMOD_FIELD + ": " + lastmod);
            }
            if (i < lines.size()) {
                out.add(lines.get(i++)); // the closing ---
            }
        }
        boolean code = false;
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
                code = !code;
                out.add(line);
            } else if (code) {
                out.add(line);
            } else {
                out.add(markdown(line));
            }
        }
        return String.join("\n", out);
    }

    /** A line of Markdown: its block markers kept, the rest as {@link #text}; a table row is not bracketed. */
    static String markdown(String line) {
        Matcher prefix = BLOCK_PREFIX.matcher(line);
        prefix.lookingAt();
        String start = line.substring(0, prefix.end());
        String rest = line.substring(prefix.end());
        String content = rest.stripTrailing();
        String trailing = rest.substring(content.length()); // two spaces: a hard line break
        if (content.startsWith("|")) {
            return start + accentHuman(content) + trailing;
        }
        return start + text(content) + trailing;
    }

    /**
     * A string pseudo-localized: the letters of its human text accented, padded by about
     * {@value #EXPANSION} of its length, between {@link #OPEN} and {@link #CLOSE}. A string without
     * human letters (a fact alone, a number, a rule) is left as it is.
     */
    public static String text(String value) {
        int human = humanLength(value);
        if (human == 0) {
            return value;
        }
        int extra = (int) Math.ceil(human * EXPANSION);
        String padding = extra < 2 ? "" : " " + FILLER.repeat(extra / FILLER.length() + 1).substring(0, extra - 1).strip();
        return OPEN + accentHuman(value) + padding + CLOSE;
    }

    /** The number of characters of human text, outside what is kept; 0 when it has no letter. */
    private static int humanLength(String value) {
        String human = KEPT.matcher(value).replaceAll("");
        return human.codePoints().anyMatch(Character::isLetter) ? human.length() : 0;
    }

    private static String accentHuman(String value) {
        Matcher kept = KEPT.matcher(value);
        StringBuilder out = new StringBuilder(value.length());
        int last = 0;
        while (kept.find()) {
            out.append(accent(value.substring(last, kept.start()))).append(kept.group());
            last = kept.end();
        }
        return out.append(accent(value.substring(last))).toString();
    }

    private static String accent(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            int index = PLAIN.indexOf(c);
            out.append(index < 0 ? c : ACCENTED.charAt(index));
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return tag;
    }
}
