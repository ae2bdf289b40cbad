package org.zongzhi.k8s;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * What {@code kustomize build} gives for the subset of kustomize these manifests use (kustomize itself is not
 * installed here): {@code resources} (files and folders with their own kustomization.yaml), {@code namespace},
 * {@code images} ({@code newName}, {@code newTag}) and {@code patches} by {@code path} (strategic merge of one
 * object, found by kind and name: maps merge, lists of objects with a {@code name} merge by name, other lists
 * are replaced, as Kubernetes' merge keys do for the fields patched here). Any other field of a
 * kustomization fails the build, so a feature the resolver would ignore cannot slip in unchecked.
 */
final class Kustomize {

    private static final Set<String> SUPPORTED =
            Set.of("apiVersion", "kind", "resources", "namespace", "images", "patches");
    /** Kinds that have no namespace, among those used here. */
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace");

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private Kustomize() {}

    /** The objects of the kustomization in {@code dir}, typed. */
    static List<HasMetadata> build(Path dir) {
        List<HasMetadata> typed = new ArrayList<>();
        for (Map<String, Object> object : resolve(dir)) {
            String json = SERIALIZATION.asJson(object);
            HasMetadata resource = SERIALIZATION.unmarshal(json);
            typed.add(Objects.requireNonNull(resource, () -> "not a Kubernetes object: " + json));
        }
        return typed;
    }

    /** Every YAML document of one file, as maps (empty documents left out). */
    static List<Map<String, Object>> documents(Path file) {
        try (MappingIterator<Map<String, Object>> docs =
                YAML.readerFor(Map.class).readValues(Files.readString(file))) {
            List<Map<String, Object>> all = new ArrayList<>();
            while (docs.hasNextValue()) {
                Map<String, Object> doc = docs.nextValue();
                if (doc != null && !doc.isEmpty()) {
                    all.add(doc);
                }
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> resolve(Path dir) {
        Path file = dir.resolve("kustomization.yaml");
        Map<String, Object> kustomization = documents(file).getFirst();
        for (String key : kustomization.keySet()) {
            if (!SUPPORTED.contains(key)) {
                throw new IllegalStateException(file + ": " + key + " is not resolved by this test's Kustomize");
            }
        }
        List<Map<String, Object>> objects = new ArrayList<>();
        for (String resource : (List<String>) kustomization.getOrDefault("resources", List.of())) {
            Path path = dir.resolve(resource).normalize();
            objects.addAll(Files.isDirectory(path) ? resolve(path) : documents(path));
        }
        for (Map<String, Object> patch : (List<Map<String, Object>>) kustomization.getOrDefault("patches", List.of())) {
            if (patch.keySet().size() != 1 || !patch.containsKey("path")) {
                throw new IllegalStateException(file + ": only patches by path are resolved here: " + patch);
            }
            for (Map<String, Object> doc : documents(dir.resolve((String) patch.get("path")))) {
                Map<String, Object> target = objects.stream()
                        .filter(o ->
                                Objects.equals(o.get("kind"), doc.get("kind")) && Objects.equals(name(o), name(doc)))
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException(file + ": patch " + patch.get("path")
                                + " finds no " + doc.get("kind") + " " + name(doc)));
                merge(target, doc);
            }
        }
        String namespace = (String) kustomization.get("namespace");
        if (namespace != null) {
            for (Map<String, Object> object : objects) {
                if (!CLUSTER_SCOPED.contains(object.get("kind"))) {
                    ((Map<String, Object>) object.get("metadata")).put("namespace", namespace);
                }
            }
        }
        for (Map<String, Object> image : (List<Map<String, Object>>) kustomization.getOrDefault("images", List.of())) {
            objects.forEach(o -> retag(o, image));
        }
        return objects;
    }

    private static Object name(Map<String, Object> object) {
        return object.get("metadata") instanceof Map<?, ?> metadata ? metadata.get("name") : null;
    }

    @SuppressWarnings("unchecked")
    private static void merge(Map<String, Object> target, Map<String, Object> patch) {
        for (Map.Entry<String, Object> entry : patch.entrySet()) {
            Object current = target.get(entry.getKey());
            Object value = entry.getValue();
            if (current instanceof Map<?, ?> currentMap && value instanceof Map<?, ?> valueMap) {
                merge((Map<String, Object>) currentMap, (Map<String, Object>) valueMap);
            } else if (current instanceof List<?> currentList
                    && value instanceof List<?> valueList
                    && byName(currentList)
                    && byName(valueList)) {
                List<Object> merged = new ArrayList<>(currentList);
                for (Object item : valueList) {
                    Map<String, Object> itemMap = (Map<String, Object>) item;
                    merged.stream()
                            .map(m -> (Map<String, Object>) m)
                            .filter(m -> Objects.equals(m.get("name"), itemMap.get("name")))
                            .findFirst()
                            .ifPresentOrElse(m -> merge(m, itemMap), () -> merged.add(new LinkedHashMap<>(itemMap)));
                }
                target.put(entry.getKey(), merged);
            } else {
                target.put(entry.getKey(), value);
            }
        }
    }

    private static boolean byName(List<?> list) {
        return !list.isEmpty() && list.stream().allMatch(i -> i instanceof Map<?, ?> m && m.get("name") != null);
    }

    /** kustomize's images transformer: every {@code image:} field whose name is the entry's name. */
    @SuppressWarnings("unchecked")
    private static void retag(Object node, Map<String, Object> image) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> m = (Map<String, Object>) map;
            if (m.get("image") instanceof String current) {
                String name = current.contains(":") ? current.substring(0, current.lastIndexOf(':')) : current;
                String tag = current.contains(":") ? current.substring(current.lastIndexOf(':') + 1) : null;
                if (name.equals(image.get("name"))) {
                    String newName = (String) image.getOrDefault("newName", name);
                    String newTag = image.containsKey("newTag") ? String.valueOf(image.get("newTag")) : tag;
                    m.put("image", newTag == null ? newName : newName + ":" + newTag);
                }
            }
            m.values().forEach(v -> retag(v, image));
        } else if (node instanceof List<?> list) {
            list.forEach(v -> retag(v, image));
        }
    }
}
