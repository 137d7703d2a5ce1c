package io.plakar.legal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The instructions of a Dockerfile, read as text. */
public final class Dockerfiles {

    private Dockerfiles() {
    }

    /** The arguments of each instruction of that name, continuation lines joined. */
    public static List<List<String>> instructions(Path dockerfile, String name) throws IOException {
        List<List<String>> found = new ArrayList<>();
        StringBuilder instruction = new StringBuilder();
        for (String line : Files.readAllLines(dockerfile, StandardCharsets.UTF_8)) {
            if (line.trim().startsWith("#")) {
                continue;
            }
            if (line.endsWith("\\")) {
                instruction.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            instruction.append(line);
            String[] words = instruction.toString().trim().split("\\s+", 2);
            if (words[0].equalsIgnoreCase(name)) {
                found.add(arguments(words.length > 1 ? words[1].trim() : ""));
            }
            instruction.setLength(0);
        }
        return found;
    }

    /** Shell form split on blanks, or the quoted strings of the JSON form. */
    static List<String> arguments(String text) {
        if (!text.startsWith("[")) {
            return List.of(text.split("\\s+"));
        }
        List<String> arguments = new ArrayList<>();
        Matcher quoted = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(text);
        while (quoted.find()) {
            arguments.add(quoted.group(1));
        }
        return arguments;
    }

    /** The variables the image's ENV instructions set ({@code NAME=value} form). */
    public static Map<String, String> environment(Path dockerfile) throws IOException {
        Map<String, String> environment = new LinkedHashMap<>();
        for (List<String> env : instructions(dockerfile, "ENV")) {
            for (String pair : env) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    environment.put(pair.substring(0, equals), pair.substring(equals + 1));
                }
            }
        }
        return environment;
    }

    /** The paths of each COPY from the build context (sources, then destination). */
    public static List<List<String>> copies(Path dockerfile) throws IOException {
        return instructions(dockerfile, "COPY").stream()
                .map(copy -> copy.stream().filter(argument -> !argument.startsWith("--")).toList())
                .toList();
    }

}
