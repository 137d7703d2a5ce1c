package io.plakar.legal.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.google.gson.Gson;
import com.google.gson.JsonElement;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Ingress;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;
import io.plakar.legal.I18nCopy;
import io.plakar.legal.Kustomize;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The manifests under deploy/kubernetes against the Kubernetes API schema, as the official Java
 * client's generated models hold it: every field must be one the schema defines for its object,
 * and every required field present. (fabric8's model, which {@link KubernetesManifestsTest} reads
 * them with, keeps an unknown field aside without a word: a misspelled {@code readOnlyRootFilesystem}
 * would pass it, and a cluster would then run the pod with a writable root.) A problem is reported
 * with its file and line.
 */
class KubernetesSchemaTest {

    private static final Path KUBERNETES = Path.of("deploy/kubernetes");
    private static final Gson GSON = new Gson();
    /** "The field `x` in the JSON string is not defined in the `V1Container` properties. JSON: …" */
    private static final Pattern UNKNOWN = Pattern.compile("The field `([^`]+)` in the JSON string is not defined in the `(\\w+)` properties");

    /** What validates one kind: the generated model's own check. */
    interface Schema {
        void validate(JsonElement object) throws IOException;
    }

    /** The kinds the manifests use, by apiVersion and kind. Another kind fails the test until added here. */
    private static final Map<String, Schema> SCHEMAS = Map.of(
            "apps/v1 Deployment", V1Deployment::validateJsonElement,
            "v1 Service", V1Service::validateJsonElement,
            "networking.k8s.io/v1 Ingress", V1Ingress::validateJsonElement,
            "networking.k8s.io/v1 NetworkPolicy", V1NetworkPolicy::validateJsonElement,
            "policy/v1 PodDisruptionBudget", V1PodDisruptionBudget::validateJsonElement,
            "autoscaling/v2 HorizontalPodAutoscaler", V2HorizontalPodAutoscaler::validateJsonElement);

    /** Each overlay as kustomize renders it: whole objects, every required field there. */
    @ParameterizedTest
    @ValueSource(strings = {"wildfly", "payara"})
    void everyObjectOfTheRenderedOverlayMatchesTheSchema(String overlay) throws IOException {
        assertEquals(List.of(), problems(KUBERNETES, overlay), "deploy/kubernetes/overlays/" + overlay);
    }

    /** Each file alone, to name the file and line of a field the schema does not define (patches lack required fields). */
    @Test
    void everyManifestFileHasOnlyFieldsTheSchemaDefines() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> manifests;
        try (Stream<Path> files = Files.walk(KUBERNETES)) {
            manifests = files.filter(file -> file.toString().endsWith(".yaml") && !file.endsWith("kustomization.yaml")).sorted().toList();
        }
        for (Path manifest : manifests) {
            Map<String, Object> object = Kustomize.yaml(manifest);
            String error = validate(object);
            if (error != null && !error.startsWith("The required field")) {
                problems.add(located(manifest, error));
            }
        }
        assertEquals(List.of(), problems);
    }

    /**
     * A field misspelled in an overlay's patch fails, naming the file and line, where fabric8's
     * model reads the same Deployment without complaint (and without the setting).
     */
    @Test
    void aMisspelledFieldFailsWithItsFileAndLine(@TempDir Path copy) throws IOException {
        I18nCopy.copyTree(KUBERNETES, copy);
        Path patch = copy.resolve("overlays/wildfly/deployment.yaml");
        String text = Files.readString(patch);
        assertTrue(text.contains("readOnlyRootFilesystem: true"), "the overlay's init container sets readOnlyRootFilesystem");
        Files.writeString(patch, text.replaceFirst("readOnlyRootFilesystem: true", "readOnlyRootFileSystem: true"));

        List<String> problems = problems(copy, "wildfly");
        assertEquals(1, problems.size(), problems.toString());
        int line = (int) text.substring(0, text.indexOf("readOnlyRootFilesystem: true")).lines().count();
        assertEquals(patch + ":" + line + ": error: readOnlyRootFileSystem is not a field of V1SecurityContext", problems.get(0));

        Map<String, Object> deployment = Kustomize.build(copy.resolve("overlays/wildfly")).stream()
                .filter(object -> "Deployment".equals(object.get("kind"))).findFirst().orElseThrow();
        Deployment fabric8 = Serialization.unmarshal(Serialization.asJson(deployment), Deployment.class);
        assertEquals(null, fabric8.getSpec().getTemplate().getSpec().getInitContainers().get(0).getSecurityContext().getReadOnlyRootFilesystem(),
                "fabric8 reads it without complaint, and without the setting");
    }

    /** The rendered overlay's problems, each located in the file of the overlay or base that has the field. */
    private static List<String> problems(Path kubernetes, String overlay) throws IOException {
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> object : Kustomize.build(kubernetes.resolve("overlays").resolve(overlay))) {
            String error = validate(object);
            if (error != null) {
                Path source = Stream.of(kubernetes.resolve("overlays").resolve(overlay).resolve("deployment.yaml"))
                        .filter(file -> field(error) != null && lineOf(file, field(error)) > 0).findFirst()
                        .orElseGet(() -> sourceInBase(kubernetes, object));
                problems.add(located(source, error));
            }
        }
        return problems;
    }

    private static Path sourceInBase(Path kubernetes, Map<String, Object> object) {
        return kubernetes.resolve("base").resolve(String.valueOf(object.get("kind")).toLowerCase(java.util.Locale.ROOT) + ".yaml");
    }

    /** The schema's verdict on one object, null if it holds; its message without the JSON it quotes. */
    private static String validate(Map<String, Object> object) {
        String kind = object.get("apiVersion") + " " + object.get("kind");
        Schema schema = SCHEMAS.get(kind);
        if (schema == null) {
            return "no schema here for " + kind + ": add its model to " + KubernetesSchemaTest.class.getSimpleName();
        }
        try {
            schema.validate(GSON.toJsonTree(object));
            return null;
        } catch (IllegalArgumentException | IOException invalid) {
            String message = invalid.getMessage();
            int json = message.indexOf(" JSON:");
            return json > 0 ? message.substring(0, json) : message;
        }
    }

    private static String field(String error) {
        Matcher unknown = UNKNOWN.matcher(error);
        return unknown.find() ? unknown.group(1) : null;
    }

    /** {@code file:line: error: …}, the line where the unknown field is written (1 if it cannot be found). */
    private static String located(Path file, String error) {
        Matcher unknown = UNKNOWN.matcher(error);
        if (unknown.find()) {
            return file + ":" + Math.max(1, lineOf(file, unknown.group(1))) + ": error: " + unknown.group(1) + " is not a field of " + unknown.group(2);
        }
        return file + ":1: error: " + error;
    }

    private static int lineOf(Path file, String field) {
        try {
            List<String> lines = Files.readAllLines(file);
            Pattern key = Pattern.compile("^\\s*(- )?" + Pattern.quote(field) + ":");
            for (int i = 0; i < lines.size(); i++) {
                if (key.matcher(lines.get(i)).find()) {
                    return i + 1;
                }
            }
            return 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
