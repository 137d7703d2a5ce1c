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
     * Autolinks (which may hold facts), then facts, then a link's "[" and "](target)" (its text
     * between them stays translatable), then MessageFormat arguments.
     */
    private static final Pattern CODE = Pattern.compile(
            "<[^<>\\s]+>|\\{\\{\\s*[^{}\\s]*\\s*}}|\\[(?=[^\\]]*]\\([^)]*\\))|]\\([^)]*\\)|\\{\\s*\\d+\\s*(?:,[^{}]*)?}");

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

    private static String shown(String text, boolean pattern) {
        return pattern ? text.replace("''", "'") : text;
    }
}
