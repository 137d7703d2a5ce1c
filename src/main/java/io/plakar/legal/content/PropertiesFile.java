package io.plakar.legal.content;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import java.util.List;
import java.util.Properties;

/**
 * A {@code .properties} file read entry by entry with the line each starts on, so that
 * duplicate keys (which {@link Properties} silently overwrites) and every other problem can
 * be pointed at. Each logical line is decoded by {@link Properties} itself.
 */
public final class PropertiesFile {

    /** An entry, the line (from 1) it starts on and the last of its lines (continued with a backslash). */
    public record Entry(String key, String value, int line, int lastLine) {
    }

    private final List<Entry> entries;
    private final List<Integer> malformed;

    private PropertiesFile(List<Entry> entries, List<Integer> malformed) {
        this.entries = List.copyOf(entries);
        this.malformed = List.copyOf(malformed);
    }

    /** Reads a file's text; an entry {@link Properties} cannot decode is listed by {@link #malformed()}. */
    public static PropertiesFile parse(String text) {
        List<Entry> entries = new ArrayList<>();
        List<Integer> malformed = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripLeading();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            int start = i;
            StringBuilder logical = new StringBuilder(lines[i]);
            while (endsWithContinuation(lines[i]) && i + 1 < lines.length) {
                i++;
                logical.append('\n').append(lines[i]);
            }
            int end = i + 1;
            Properties properties = new Properties();
            try {
                properties.load(new StringReader(logical.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (IllegalArgumentException e) {
                malformed.add(start + 1); // a broken unicode escape
                continue;
            }
            properties.stringPropertyNames().forEach(key -> entries.add(new Entry(key, properties.getProperty(key), start + 1, end)));
        }
        return new PropertiesFile(entries, malformed);
    }

    /**
     * A value as a UTF-8 {@code .properties} file writes it: only what {@link Properties} needs
     * escaped (backslashes, line breaks, tabs, form feeds, a leading space); everything else,
     * non-ASCII letters included, as it is.
     */
    public static String escape(String value) {
        StringBuilder escaped = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                case '\f' -> escaped.append("\\f");
                case ' ' -> escaped.append(i == 0 ? "\\ " : " ");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static boolean endsWithContinuation(String line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /** The lines whose entry {@link Properties} cannot decode. */
    public List<Integer> malformed() {
        return malformed;
    }

    /** Every entry, in the order of the file, duplicates included. */
    public List<Entry> entries() {
        return entries;
    }

    /** The first entry of the key, or null. */
    public Entry get(String key) {
        return entries.stream().filter(entry -> entry.key().equals(key)).findFirst().orElse(null);
    }

    /** The values by key, the last entry of a key winning as in {@link Properties}. */
    public Map<String, String> values() {
        Map<String, String> values = new TreeMap<>();
        entries.forEach(entry -> values.put(entry.key(), entry.value()));
        return values;
    }
}
