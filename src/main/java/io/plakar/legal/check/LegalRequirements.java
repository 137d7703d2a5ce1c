package io.plakar.legal.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.plakar.legal.content.DocumentFile;
import io.plakar.legal.content.Facts;
import io.plakar.legal.content.I18nFiles;
import io.plakar.legal.content.I18nLayout;
import io.plakar.legal.content.Problem;
import io.plakar.legal.content.PropertiesFile;

/**
 * The legal completeness of the French original: what French law requires a company's legal
 * notice to state (its name, form, head office, telephone, e-mail, capital, registration and
 * VAT numbers, the publication director, the host's name, address and telephone), each as a
 * fact of {@code facts.properties} shown in the original, or as words the original must say.
 * The list, with the law's wording, is {@value #RESOURCE} beside this class, for counsel to
 * review; a missing item is a warning.
 */
final class LegalRequirements {

    static final String RESOURCE = "legal-requirements.properties";

    static final String FACT_MISSING = "legal notice: %s is missing (%s): add %s = … to %s and write {{%s}} in %s";
    static final String FACT_NOT_SHOWN = "legal notice: %s (%s) is in %s as %s, but %s does not show it: write {{%s}} in it";
    static final String TEXT_MISSING = "legal notice: %s is not stated (%s): say it in the French text, for example « %s »";

    /** One required item. */
    record Requirement(String id, String label, String law, String wording, List<String> facts, Pattern text, String example) {
    }

    private static final List<Requirement> REQUIREMENTS = load();

    private LegalRequirements() {
    }

    static List<Requirement> requirements() {
        return REQUIREMENTS;
    }

    /** Warns of each item the original, with the facts, lacks. */
    static void check(I18nFiles files, Consumer<Problem> problems) {
        DocumentFile original = files.original();
        Facts facts = files.facts();
        if (original == null || facts == null) {
            return; // the reader reports why
        }
        String factsFile = files.file(I18nLayout.FACTS);
        Set<String> shown = original.facts().stream().map(DocumentFile.Token::text).collect(Collectors.toSet());
        List<String> lines = List.of(original.text().split("\r\n|\r|\n", -1));
        String body = String.join("\n", lines.subList(Math.min(original.bodyLine() - 1, lines.size()), lines.size()));
        for (Requirement requirement : REQUIREMENTS) {
            for (String fact : requirement.facts()) {
                if (!facts.has(fact) || facts.values().get(fact).isBlank()) {
                    problems.accept(Problem.warning(factsFile, 0, String.format(FACT_MISSING, requirement.label(), requirement.law(),
                            fact, factsFile, fact, original.file())));
                } else if (!shown.contains(fact)) {
                    problems.accept(Problem.warning(factsFile, 0, String.format(FACT_NOT_SHOWN, requirement.label(), requirement.law(),
                            factsFile, fact, original.file(), fact)));
                }
            }
            if (requirement.text() != null && !requirement.text().matcher(body).find()) {
                problems.accept(Problem.warning(original.file(), 0, String.format(TEXT_MISSING, requirement.label(), requirement.law(),
                        requirement.example())));
            }
        }
    }

    private static List<Requirement> load() {
        String text;
        try (InputStream in = LegalRequirements.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Map<String, String>> items = new LinkedHashMap<>();
        for (PropertiesFile.Entry entry : PropertiesFile.parse(text).entries()) {
            int dot = entry.key().lastIndexOf('.');
            items.computeIfAbsent(entry.key().substring(0, dot), id -> new LinkedHashMap<>())
                    .put(entry.key().substring(dot + 1), entry.value().strip());
        }
        List<Requirement> requirements = new ArrayList<>();
        items.forEach((id, fields) -> {
            for (String required : List.of("label", "law", "wording", "facts")) {
                if (!fields.containsKey(required)) {
                    throw new IllegalStateException(RESOURCE + ": the item '" + id + "' lacks '" + id + "." + required + "'");
                }
            }
            String pattern = fields.getOrDefault("text", "");
            List<String> facts = Arrays.stream(fields.get("facts").split(",")).map(String::strip).filter(name -> !name.isEmpty()).toList();
            requirements.add(new Requirement(id, fields.get("label"), fields.get("law"), fields.get("wording"), facts,
                    pattern.isEmpty() ? null : Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                    fields.getOrDefault("example", "")));
        });
        return List.copyOf(requirements);
    }
}
