package io.plakar.legal.xliff;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A unit's text as text and protected inline codes: every {@code {{fact}}}, every link target
 * (an autolink {@code <…>}, or the {@code [} and {@code ](…)} around a link's text) and every
 * {@code {0}} argument of a message pattern is a code that translators move but cannot alter.
 * Joining the pieces gives back the text, character for character.
 */
final class Inline {

    /** A piece of a unit's text. */
    sealed interface Piece permits Text, Code {
    }

    record Text(String text) implements Piece {
    }

    /** A protected code and the text it stands for. */
    record Code(String data) implements Piece {
    }

    /**
     * Autolinks (which may hold facts), then facts (with the emphasis around a fact that is all
     * its emphasis holds, such as {@code **{{company.brand}}**}: one code, so that a tool cannot
     * drop the emphasis unnoticed), then a link's "[" and "](target)" (its text between them
     * stays translatable), then MessageFormat arguments.
     */
    private static final Pattern CODE = Pattern.compile(
            "<[^<>\\s]+>|(\\*\\*|__|\\*|_)\\{\\{\\s*[^{}\\s]*\\s*}}\\1|\\{\\{\\s*[^{}\\s]*\\s*}}|\\[(?=[^\\]]*]\\([^)]*\\))|]\\([^)]*\\)|\\{\\s*\\d+\\s*(?:,[^{}]*)?}");

    private Inline() {
    }

    /**
     * The pieces of a text. In a message pattern ({@code pattern}), an apostrophe doubled as
     * MessageFormat wants it is shown single, as translators write it.
     */
    static List<Piece> split(String text, boolean pattern) {
        List<Piece> pieces = new ArrayList<>();
        Matcher code = CODE.matcher(text);
        int at = 0;
        while (code.find()) {
            if (code.start() > at) {
                pieces.add(new Text(shown(text.substring(at, code.start()), pattern)));
            }
            pieces.add(new Code(code.group()));
            at = code.end();
        }
        if (at < text.length()) {
            pieces.add(new Text(shown(text.substring(at), pattern)));
        }
        return List.copyOf(pieces);
    }

    /** The text of pieces, the inverse of {@link #split}. */
    static String join(List<Piece> pieces, boolean pattern) {
        StringBuilder text = new StringBuilder();
        for (Piece piece : pieces) {
            if (piece instanceof Code code) {
                text.append(code.data());
            } else if (piece instanceof Text plain) {
                text.append(pattern ? plain.text().replace("'", "''") : plain.text());
            }
        }
        return text.toString();
    }

    /** The codes of pieces, sorted: what a target must hold, in any order. */
    static List<String> codes(List<Piece> pieces) {
        return pieces.stream().filter(Code.class::isInstance).map(piece -> ((Code) piece).data()).sorted().toList();
    }

    /**
     * What the text of pieces, once written to its file, would read back as codes beyond the
     * pieces' own: codes typed as plain text ({@code {{fact}}}, {@code <url>}, {@code {0}}, a
     * link's brackets), or plain text that joins a code into a longer one. Empty when the file
     * reads the pieces back exactly.
     */
    static List<String> typedCodes(List<Piece> pieces, boolean pattern) {
        List<Piece> readBack = split(join(pieces, pattern), pattern);
        if (readBack.equals(merged(pieces))) {
            return List.of();
        }
        List<String> extra = new ArrayList<>(codes(readBack));
        codes(pieces).forEach(extra::remove);
        return extra.isEmpty() ? codes(readBack) : List.copyOf(extra);
    }

    /**
     * The Markdown link syntax in the plain text of pieces, outside their codes: square
     * brackets (an inline or reference link, a link reference definition, an image) and raw
     * addresses ({@code https://…}, {@code www.…}, {@code mailto:…}). Only the source's codes
     * bring links; with the codes blanked out, a bracket or an address of the plain text can
     * only be the translator's. With {@code markdown} false (an interface string, shown as
     * text), only raw addresses.
     */
    static List<String> linkSyntax(List<Piece> pieces, boolean markdown) {
        StringBuilder plain = new StringBuilder();
        for (Piece piece : pieces) {
            plain.append(piece instanceof Text text ? text.text() : "\uFFFC");
        }
        List<String> found = new ArrayList<>();
        Matcher link = (markdown ? MARKDOWN_LINK : RAW_ADDRESS).matcher(plain);
        while (link.find()) {
            found.add(link.group());
        }
        return List.copyOf(found);
    }

    /** A raw address, which a reader (or a later Markdown extension) could take for a link. */
    private static final Pattern RAW_ADDRESS = Pattern.compile("(?i)\\b(?:(?:https?|ftp)://|www\\.|mailto:)[^\\s\\uFFFC<>()\"]*");
    /** Brackets (with what follows them up to a link's end, for the message), or a raw address. */
    private static final Pattern MARKDOWN_LINK = Pattern.compile("!?\\[[^\\]]*](?:\\([^)]*\\)|\\[[^\\]]*]|:\\s*\\S+)?|\\[|]|"
            + RAW_ADDRESS.pattern());

    /** Pieces with adjacent texts merged, as {@link #split} gives them. */
    private static List<Piece> merged(List<Piece> pieces) {
        List<Piece> merged = new ArrayList<>();
        for (Piece piece : pieces) {
            if (piece instanceof Text text && text.text().isEmpty()) {
                continue;
            }
            if (piece instanceof Text text && !merged.isEmpty() && merged.get(merged.size() - 1) instanceof Text before) {
                merged.set(merged.size() - 1, new Text(before.text() + text.text()));
            } else {
                merged.add(piece);
            }
        }
        return merged;
    }

    private static String shown(String text, boolean pattern) {
        return pattern ? text.replace("''", "'") : text;
    }
}
