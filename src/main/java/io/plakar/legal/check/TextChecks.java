package io.plakar.legal.check;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.plakar.legal.content.ContentException;
import io.plakar.legal.content.I18nSource;
import io.plakar.legal.content.Lines;
import io.plakar.legal.content.Utf8;

/** Checks that apply to any translator's file: UTF-8, and no mojibake. */
final class TextChecks {

    /**
     * UTF-8 read as Windows-1252 or Latin-1: "Ã©" for "é", "â€™" for "’", "Â«" for "«". A
     * capital A with tilde or circumflex, or "â€", followed by a character that UTF-8's second
     * byte becomes in those encodings.
     */
    private static final Pattern MOJIBAKE = Pattern.compile(
            "(?:[ÃÂ]|â€)[\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC"
            + "\\u2013\\u2014\\u2018-\\u201E\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203A\\u20AC\\u2122]");

    private TextChecks() {
    }

    /** The file's text, or null when it is missing or not UTF-8 (reported). */
    static String read(I18nSource source, String path, Consumer<Problem> problems) {
        byte[] bytes = source.read(path).orElse(null);
        if (bytes == null) {
            return null;
        }
        try {
            String text = Utf8.decode(bytes, source.describe(path));
            Matcher mojibake = MOJIBAKE.matcher(text);
            while (mojibake.find()) {
                problems.accept(Problem.error(source.describe(path), Lines.lineAt(text, mojibake.start()),
                        "'" + mojibake.group() + "' looks like text decoded with the wrong encoding (mojibake): retype the character"));
            }
            return text;
        } catch (ContentException e) {
            problems.accept(Problem.error(e.file(), e.line(), "the file is not valid UTF-8; save it as UTF-8"));
            return null;
        }
    }

    static List<String> lines(String text) {
        return List.of(text.split("\r\n|\r|\n", -1));
    }
}
