package io.plakar.legal.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.plakar.legal.content.DocumentFile;
import io.plakar.legal.content.Facts;
import io.plakar.legal.content.I18nFiles;
import io.plakar.legal.content.I18nLayout;
import io.plakar.legal.content.Problem;
import io.plakar.legal.content.PropertiesFile;

/**
 * The legal completeness and correctness of the French original: what French law requires a
 * company's legal notice to state (its name, form, head office, telephone, e-mail, capital,
 * registration and VAT numbers, the publication director, the host's name, address and
 * telephone, and what applies only to a company that sells to consumers), each as a fact of
 * {@code facts.properties} shown in the original, or as words the original must say; then what
 * can be proved of the facts' values ({@link LegalFacts}): the SIREN's check digit, the VAT key,
 * the telephone numbers, e-mail and web addresses, that the publication director is a person;
 * and that the original does not send consumers to the closed EU ODR platform.
 * <p>
 * The list, with the law's wording and where it was read, is {@value #RESOURCE} beside this
 * class, for counsel to review. A missing item or a doubtful value is a warning; a value that
 * cannot be right is an error. Every message starts with {@value #PREFIX}, names the fact, and
 * points at its line in the facts file. These findings are for the editor and counsel: the
 * check and live preview show them, production's status page does not
 * ({@link TranslationCheck#check(I18nFiles, boolean)}).
 */
final class LegalRequirements {

    static final String RESOURCE = "legal-requirements.properties";

    /** How every legal finding starts, so that a reader can tell them from the translators' problems. */
    static final String PREFIX = "legal notice: ";

    static final String FACT_MISSING = PREFIX + "%s is missing (%s): add %s = … to %s and write {{%s}} in %s";
    static final String FACT_NOT_SHOWN = PREFIX + "%s (%s) is in %s as %s, but %s does not show it: write {{%s}} in it";
    static final String TEXT_MISSING = PREFIX + "%s is not stated (%s): say it in the French text, for example « %s »";
    static final String FACT_VALUE = PREFIX + "%s = %s %s";
    static final String NOT_YES_OR_NO = PREFIX + "%s = %s must be yes or no: it says whether %s apply";
    static final String ODR_LINK = PREFIX + "the French original links to the EU online dispute resolution platform (%s), which takes no"
            + " complaint since 20 March 2025 and whose regulation is repealed (%s): remove the link; a company that sells to"
            + " consumers names its consumer mediator instead (Code de la consommation art. L.616-1)";

    /** Links to the EU ODR platform, at its addresses old and new. */
    private static final Pattern ODR = Pattern.compile("(?:https?://)?(?:webgate\\.)?ec\\.europa\\.eu/(?:consumers/)?odr[^\\s<>()\\[\\]\"]*", Pattern.CASE_INSENSITIVE);

    /** One required item; {@code applies} is the yes-or-no fact it depends on, or null when it always applies. */
    record Requirement(String id, String label, String law, String wording, String source, List<String> facts, Pattern text,
            String example, String applies) {
    }

    /** The source of one of the rules the facts' values are checked against ({@code rule.<name>}). */
    record Rule(String name, String law, String wording, String source) {
    }

    private static final String RULE = "rule.";

    private static final List<Requirement> REQUIREMENTS;
    private static final Map<String, Rule> RULES;

    static {
        Map<String, Map<String, String>> items = load();
        List<Requirement> requirements = new ArrayList<>();
        Map<String, Rule> rules = new LinkedHashMap<>();
        items.forEach((id, fields) -> {
            if (id.startsWith(RULE)) {
                requireFields(id, fields, "law", "wording", "source");
                rules.put(id.substring(RULE.length()), new Rule(id.substring(RULE.length()), fields.get("law"), fields.get("wording"),
                        fields.get("source")));
                return;
            }
            requireFields(id, fields, "label", "law", "wording", "source", "facts");
            String pattern = fields.getOrDefault("text", "");
            List<String> facts = Arrays.stream(fields.get("facts").split(",")).map(String::strip).filter(name -> !name.isEmpty()).toList();
            String applies = fields.getOrDefault("applies", "");
            requirements.add(new Requirement(id, fields.get("label"), fields.get("law"), fields.get("wording"), fields.get("source"), facts,
                    pattern.isEmpty() ? null : Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                    fields.getOrDefault("example", ""), applies.isEmpty() ? null : applies));
        });
        REQUIREMENTS = List.copyOf(requirements);
        RULES = Map.copyOf(rules);
    }

    private LegalRequirements() {
    }

    static List<Requirement> requirements() {
        return REQUIREMENTS;
    }

    /** The source of a rule of {@link LegalFacts}, by name ({@code siren}, {@code odr}…). */
    static Rule rule(String name) {
        Rule rule = RULES.get(name);
        if (rule == null) {
            throw new IllegalStateException(RESOURCE + " has no rule." + name + ".*");
        }
        return rule;
    }

    /** Reports what the original, with the facts, lacks, and what is wrong or doubtful in the facts. */
    static void check(I18nFiles files, Consumer<Problem> problems) {
        DocumentFile original = files.original();
        Facts facts = files.facts();
        if (original == null || facts == null) {
            return; // the reader reports why
        }
        String factsFile = files.file(I18nLayout.FACTS);
        requirements(original, facts, factsFile, problems);
        values(facts, factsFile, problems);
        odrLinks(original, facts, problems);
    }

    private static void requirements(DocumentFile original, Facts facts, String factsFile, Consumer<Problem> problems) {
        Set<String> shown = original.facts().stream().map(DocumentFile.Token::text).collect(Collectors.toSet());
        List<String> lines = List.of(original.text().split("\r\n|\r|\n", -1));
        String body = String.join("\n", lines.subList(Math.min(original.bodyLine() - 1, lines.size()), lines.size()));
        Map<String, Boolean> conditions = new LinkedHashMap<>();
        for (Requirement requirement : REQUIREMENTS) {
            if (requirement.applies() != null
                    && !conditions.computeIfAbsent(requirement.applies(), condition -> applies(condition, facts, factsFile, problems))) {
                continue;
            }
            for (String fact : requirement.facts()) {
                if (!facts.has(fact) || facts.values().get(fact).isBlank()) {
                    problems.accept(Problem.warning(factsFile, facts.line(fact), String.format(FACT_MISSING, requirement.label(),
                            requirement.law(), fact, factsFile, fact, original.file())));
                } else if (!shown.contains(fact)) {
                    problems.accept(Problem.warning(factsFile, facts.line(fact), String.format(FACT_NOT_SHOWN, requirement.label(),
                            requirement.law(), factsFile, fact, original.file(), fact)));
                }
            }
            if (requirement.text() != null && !requirement.text().matcher(body).find()) {
                problems.accept(Problem.warning(original.file(), 0, String.format(TEXT_MISSING, requirement.label(), requirement.law(),
                        requirement.example())));
            }
        }
    }

    /** Whether the requirements that depend on a fact of the business apply: it says yes (absent: no). */
    private static boolean applies(String condition, Facts facts, String factsFile, Consumer<Problem> problems) {
        String value = facts.values().get(condition);
        if (value == null || value.isBlank() || value.equalsIgnoreCase("no")) {
            return false;
        }
        if (value.equalsIgnoreCase("yes")) {
            return true;
        }
        String duties = REQUIREMENTS.stream().filter(other -> condition.equals(other.applies()))
                .map(Requirement::label).collect(Collectors.joining("; "));
        problems.accept(Problem.error(factsFile, facts.line(condition), String.format(NOT_YES_OR_NO, condition, value, duties)));
        return false;
    }

    /** The values that can be proved: the SIREN, the VAT number, telephones, e-mail and web addresses, the director. */
    private static void values(Facts facts, String factsFile, Consumer<Problem> problems) {
        Map<String, String> values = facts.values();
        String siren = values.get("company.siren");
        boolean sirenValid = false;
        if (siren != null && !siren.isBlank()) {
            Optional<LegalFacts.Finding> finding = LegalFacts.siren(siren);
            report(facts, factsFile, "company.siren", finding, problems);
            sirenValid = finding.isEmpty();
        }
        String vat = values.get("company.vat");
        if (vat != null && !vat.isBlank()) {
            report(facts, factsFile, "company.vat", LegalFacts.vat(vat, sirenValid ? siren : null,
                    factsFile + ":" + facts.line("company.siren")), problems);
        }
        values.forEach((name, value) -> {
            if (value.isBlank()) {
                return;
            }
            if (name.endsWith(".phone")) {
                report(facts, factsFile, name, LegalFacts.phone(value), problems);
            } else if (name.endsWith(".email")) {
                report(facts, factsFile, name, LegalFacts.email(value), problems);
            } else if (name.endsWith(".url")) {
                report(facts, factsFile, name, LegalFacts.url(value), problems);
            }
        });
        String director = values.get("director.name");
        if (director != null && !director.isBlank()) {
            report(facts, factsFile, "director.name", LegalFacts.director(director, values.get("company.name"), values.get("host.name")),
                    problems);
        }
    }

    private static void report(Facts facts, String factsFile, String name, Optional<LegalFacts.Finding> finding, Consumer<Problem> problems) {
        finding.ifPresent(found -> {
            String message = String.format(FACT_VALUE, name, facts.values().get(name), found.message());
            problems.accept(found.error() ? Problem.error(factsFile, facts.line(name), message)
                    : Problem.warning(factsFile, facts.line(name), message));
        });
    }

    /** A link to the EU ODR platform anywhere in the original, written out or as a fact it shows, at its line. */
    private static void odrLinks(DocumentFile original, Facts facts, Consumer<Problem> problems) {
        String[] lines = original.text().split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher link = ODR.matcher(lines[i]);
            if (link.find()) {
                problems.accept(Problem.warning(original.file(), i + 1, String.format(ODR_LINK, link.group(), rule("odr").law())));
            }
        }
        for (DocumentFile.Token token : original.facts()) {
            String value = facts.values().get(token.text());
            Matcher link = value == null ? null : ODR.matcher(value);
            if (link != null && link.find()) {
                problems.accept(Problem.warning(original.file(), token.line(), String.format(ODR_LINK,
                        "{{" + token.text() + "}} = " + link.group(), rule("odr").law())));
            }
        }
    }

    private static void requireFields(String id, Map<String, String> fields, String... required) {
        for (String field : required) {
            if (!fields.containsKey(field)) {
                throw new IllegalStateException(RESOURCE + ": the item '" + id + "' lacks '" + id + "." + field + "'");
            }
        }
    }

    /** The resource's keys {@code <item>.<field>}, grouped by item in the file's order. */
    private static Map<String, Map<String, String>> load() {
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
                    .put(entry.key().substring(dot + 1).toLowerCase(Locale.ROOT), entry.value().strip());
        }
        return items;
    }
}
