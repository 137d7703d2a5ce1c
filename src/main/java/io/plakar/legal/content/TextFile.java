package io.plakar.legal.content;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A translator's file as text: strict UTF-8 (a file in another encoding is refused, naming the
 * line of its first invalid byte), and no mojibake.
 */
final class TextFile {

    static final String NOT_UTF8 = "the file is not valid UTF-8; save it as UTF-8";
    static final String MOJIBAKE_FOUND = "'%s' looks like text decoded with the wrong encoding (mojibake): retype the character";

    /**
     * UTF-8 read as Windows-1252 or Latin-1: "Ã©" for "é", "â€™" for "’", "Â«" for "«". A
     * capital A with tilde or circumflex, or "â€", followed by a character that UTF-8's second
     * byte becomes in those encodings.
     */
    private static final Pattern MOJIBAKE = Pattern.compile(
            "(?:[ÃÂ]|â€)[\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC"
            + "\\u2013\\u2014\\u2018-\\u201E\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203A\\u20AC\\u2122]");

    private TextFile() {
    }

    /** The file's text, or null when it is not UTF-8 (reported); mojibake is reported too. */
    static String decode(byte[] bytes, String file, Consumer<Problem> problems) {
        String text;
        try {
            text = decoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.accept(Problem.error(file, lineOfFirstInvalidByte(bytes), NOT_UTF8));
            return null;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Matcher mojibake = MOJIBAKE.matcher(text);
        while (mojibake.find()) {
            problems.accept(Problem.error(file, Lines.lineAt(text, mojibake.start()), String.format(MOJIBAKE_FOUND, mojibake.group())));
        }
        return text;
    }

    /** The text's lines, whatever its line endings. */
    static List<String> lines(String text) {
        return List.of(text.split("\r\n|\r|\n", -1));
    }

    private static CharsetDecoder decoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static int lineOfFirstInvalidByte(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        decoder().decode(in, CharBuffer.allocate(bytes.length + 1), true);
        int line = 1;
        for (int i = 0; i < in.position(); i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
