package io.plakar.legal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.fabric8.kubernetes.client.utils.Serialization;

/**
 * {@code kustomize build} of an overlay under deploy/kubernetes, for the features the overlays use
 * (resources, a strategic-merge patch from a file, images); any other feature fails rather than
 * being ignored. Debian's kubectl (1.20) cannot render these overlays, and no other kustomize can
 * be installed from the registries here. Objects come out as YAML trees (maps and lists).
 */
public final class Kustomize {

    /** The lists a strategic-merge patch merges item by item, and the key that identifies an item. */
    private static final Map<String, String> MERGE_KEYS = Map.of("containers", "name", "initContainers", "name", "volumes", "name",
            "env", "name", "volumeMounts", "mountPath", "ports", "containerPort");

    private Kustomize() {
    }

    /** kustomize build, for the features the manifests use: resources, images, patches. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> build(Path folder) throws IOException {
        Map<String, Object> kustomization = yaml(folder.resolve("kustomization.yaml"));
        Set<String> known = Set.of("apiVersion", "kind", "resources", "images", "patches");
        assertTrue(known.containsAll(kustomization.keySet()), folder + ": this test applies only " + known + ", not " + kustomization.keySet());
        List<Map<String, Object>> objects = new ArrayList<>();
        for (String resource : (List<String>) kustomization.getOrDefault("resources", List.of())) {
            Path path = folder.resolve(resource).normalize();
            if (Files.isDirectory(path)) {
                objects.addAll(build(path));
            } else {
                objects.add(yaml(path));
            }
        }
        for (Map<String, Object> patch : (List<Map<String, Object>>) kustomization.getOrDefault("patches", List.of())) {
            assertEquals(Set.of("path"), patch.keySet(), "strategic-merge patches from a file only");
            Map<String, Object> change = yaml(folder.resolve((String) patch.get("path")));
            Map<String, Object> target = objects.stream()
                    .filter(object -> object.get("kind").equals(change.get("kind")) && name(object).equals(name(change)))
                    .findFirst().orElseThrow(() -> new AssertionError("no " + change.get("kind") + " " + name(change) + " to patch"));
            merge(target, change);
        }
        for (Map<String, Object> image : (List<Map<String, Object>>) kustomization.getOrDefault("images", List.of())) {
            for (Map<String, Object> object : objects) {
                replaceImage(object, (String) image.get("name"), image.get("newName") + ":" + image.get("newTag"));
            }
        }
        return objects;
    }

    @SuppressWarnings("unchecked")
    private static void merge(Map<String, Object> target, Map<String, Object> patch) {
        patch.forEach((key, value) -> {
            Object current = target.get(key);
            if (value instanceof Map && current instanceof Map) {
                merge((Map<String, Object>) current, (Map<String, Object>) value);
            } else if (value instanceof List && current instanceof List && MERGE_KEYS.containsKey(key)) {
                String mergeKey = MERGE_KEYS.get(key);
                List<Object> items = (List<Object>) current;
                for (Object item : (List<Object>) value) {
                    Map<String, Object> patchItem = (Map<String, Object>) item;
                    items.stream().map(existing -> (Map<String, Object>) existing)
                            .filter(existing -> existing.get(mergeKey).equals(patchItem.get(mergeKey))).findFirst()
                            .ifPresentOrElse(existing -> merge(existing, patchItem), () -> items.add(patchItem));
                }
            } else {
                target.put(key, value);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static void replaceImage(Object node, String name, String image) {
        if (node instanceof Map) {
            Map<String, Object> map = (Map<String, Object>) node;
            if (name.equals(map.get("image"))) {
                map.put("image", image);
            }
            map.values().forEach(value -> replaceImage(value, name, image));
        } else if (node instanceof List) {
            ((List<Object>) node).forEach(value -> replaceImage(value, name, image));
        }
    }

    @SuppressWarnings("unchecked")
    private static String name(Map<String, Object> object) {
        return (String) ((Map<String, Object>) object.get("metadata")).get("name");
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> yaml(Path file) throws IOException {
        return new LinkedHashMap<>(Serialization.unmarshal(Files.readString(file), Map.class));
    }
}
