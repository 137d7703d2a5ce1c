package io.plakar.legal.check;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A {@code .properties} file read entry by entry with the line each starts on, so that
 * duplicate keys (which {@link Properties} silently overwrites) and every other problem can
 * be pointed at. Each logical line is decoded by {@link Properties} itself.
 */
final class PropertiesFile {

    record Entry(String key, String value, int line) {
    }

    private final List<Entry> entries;
    private final List<Integer> malformed;

    private PropertiesFile(List<Entry> entries, List<Integer> malformed) {
        this.entries = List.copyOf(entries);
        this.malformed = List.copyOf(malformed);
    }

    static PropertiesFile parse(String text) {
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
            Properties properties = new Properties();
            try {
                properties.load(new StringReader(logical.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (IllegalArgumentException e) {
                malformed.add(start + 1); // a broken unicode escape
                continue;
            }
            properties.stringPropertyNames().forEach(key -> entries.add(new Entry(key, properties.getProperty(key), start + 1)));
        }
        return new PropertiesFile(entries, malformed);
    }

    private static boolean endsWithContinuation(String line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /** The lines whose entry {@link Properties} cannot decode. */
    List<Integer> malformed() {
        return malformed;
    }

    List<Entry> entries() {
        return entries;
    }

    /** The first entry of the key, or null. */
    Entry get(String key) {
        return entries.stream().filter(entry -> entry.key().equals(key)).findFirst().orElse(null);
    }
}
