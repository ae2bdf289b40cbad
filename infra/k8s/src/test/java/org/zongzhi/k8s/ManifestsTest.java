package org.zongzhi.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every manifest under infra/k8s, read into typed Kubernetes objects (fabric8's model), against the rules of
 * docs/scale.md and infra/k8s/README.md. The base and the example overlay are each resolved as kustomize
 * would ({@link Kustomize}) and checked whole.
 */
class ManifestsTest {

    private static final Path K8S = Path.of("").toAbsolutePath();
    private static final Path ROOT = K8S.resolve("../..").normalize();

    private static final List<String> SERVICES =
            List.of("gateway", "tenant-service", "case-service", "search-service", "admin-console");

    /** Who calls whom inside the cluster: read from the services' *-url settings (application.yml, @Value). */
    private static final Map<String, Set<String>> CALLS = Map.of(
            "gateway", Set.of("tenant-service", "case-service", "search-service", "admin-console"),
            "admin-console", Set.of("gateway"),
            "tenant-service", Set.of("search-service"),
            "case-service", Set.of("tenant-service", "search-service"),
            "search-service", Set.of("case-service"));

    /** Which backing service each one uses (the egress policies' client labels). */
    private static final Map<String, Set<String>> BACKING = Map.of(
            "postgres", Set.of("tenant-service", "case-service"),
            "elasticsearch", Set.of("search-service"),
            "redis", Set.copyOf(SERVICES),
            "keycloak", Set.copyOf(SERVICES));

    /**
     * Secrets the services read through @Value with a demo default in code, not in application.yml (those are
     * found by {@link #demoSecretsOf}): each must come from the service's Secret.
     */
    private static final Map<String, Set<String>> CODE_SECRETS = Map.of(
            "tenant-service", Set.of("PLATFORM_KEYCLOAK_ADMIN_CLIENT_SECRET"),
            "search-service", Set.of("PLATFORM_SEARCH_SERVICE_ACCOUNT_CLIENT_SECRET"));

    /** A name that holds a secret: never a literal value, never in a ConfigMap. */
    private static final Pattern SENSITIVE =
            Pattern.compile(".*(PASSWORD|SECRET|PII_KEY|ENCRYPTION_KEYS|TOKEN|API_KEY|CREDENTIAL).*");

    private static final String LIVENESS = "/actuator/health/liveness";
    private static final String READINESS = "/actuator/health/readiness";

    static List<HasMetadata> objects(String kustomization) {
        return Kustomize.build(K8S.resolve(kustomization));
    }

    static <T extends HasMetadata> List<T> all(List<HasMetadata> objects, Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/example"})
    void everyObjectIsReadWithoutAnUnknownField(String kustomization) {
        List<HasMetadata> objects = objects(kustomization);
        assertThat(objects).hasSizeGreaterThan(30);
        for (HasMetadata object : objects) {
            List<String> unknown = new ArrayList<>();
            unknownFields(object, object.getKind() + " " + object.getMetadata().getName(), unknown);
            assertThat(unknown)
                    .as("fields fabric8's model does not know (a typo?)")
                    .isEmpty();
            assertThat(object.getMetadata().getLabels())
                    .as(object.getKind() + " " + object.getMetadata().getName())
                    .containsEntry("app.kubernetes.io/part-of", "zongzhi");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/example"})
    void everyServiceIsADeploymentWithProbesResourcesNonRootAndAnHpaAndPdb(String kustomization) {
        List<HasMetadata> objects = objects(kustomization);
        List<Deployment> deployments = all(objects, Deployment.class);
        assertThat(deployments)
                .extracting(d -> d.getMetadata().getName())
                .containsExactlyInAnyOrderElementsOf(SERVICES);
        for (Deployment deployment : deployments) {
            String name = deployment.getMetadata().getName();
            Map<String, String> podLabels =
                    deployment.getSpec().getTemplate().getMetadata().getLabels();
            assertThat(matches(deployment.getSpec().getSelector(), podLabels))
                    .as(name + " selects its pods")
                    .isTrue();
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            assertThat(pod.getSecurityContext().getRunAsNonRoot())
                    .as(name + " runAsNonRoot")
                    .isTrue();
            assertThat(pod.getSecurityContext().getRunAsUser())
                    .as(name + " runAsUser")
                    .isPositive();
            assertThat(pod.getAutomountServiceAccountToken())
                    .as(name + " needs no API token")
                    .isFalse();
            assertThat(pod.getContainers()).hasSize(1);
            Container container = pod.getContainers().getFirst();
            assertThat(container.getImage()).as(name + " image").startsWith("zongzhi/" + name + ":");
            assertThat(container.getSecurityContext().getAllowPrivilegeEscalation())
                    .isFalse();
            assertThat(container.getSecurityContext().getReadOnlyRootFilesystem())
                    .isTrue();
            assertThat(container.getSecurityContext().getCapabilities().getDrop())
                    .containsExactly("ALL");
            assertThat(container.getSecurityContext().getRunAsUser())
                    .as(name + ": the container does not set root back")
                    .satisfiesAnyOf(
                            u -> assertThat(u).isNull(), u -> assertThat(u).isPositive());
            assertThat(container.getSecurityContext().getRunAsNonRoot())
                    .as(name)
                    .isNotEqualTo(Boolean.FALSE);

            assertProbe(name + " startupProbe", container.getStartupProbe(), LIVENESS);
            assertProbe(name + " livenessProbe", container.getLivenessProbe(), LIVENESS);
            assertProbe(name + " readinessProbe", container.getReadinessProbe(), READINESS);
            assertThat(container.getPorts()).extracting(p -> p.getName()).contains("http");

            Map<String, Quantity> requests = container.getResources().getRequests();
            Map<String, Quantity> limits = container.getResources().getLimits();
            for (String resource : List.of("cpu", "memory")) {
                assertThat(requests).as(name + " requests").containsKey(resource);
                assertThat(limits).as(name + " limits").containsKey(resource);
                assertThat(requests.get(resource).getNumericalAmount())
                        .as(name + " " + resource + " request <= limit")
                        .isLessThanOrEqualTo(limits.get(resource).getNumericalAmount());
            }

            List<HorizontalPodAutoscaler> hpas = all(objects, HorizontalPodAutoscaler.class).stream()
                    .filter(h -> h.getSpec().getScaleTargetRef().getKind().equals("Deployment")
                            && h.getSpec().getScaleTargetRef().getName().equals(name))
                    .toList();
            assertThat(hpas).as(name + " has one HPA").hasSize(1);
            assertThat(hpas.getFirst().getSpec().getMinReplicas())
                    .as(name + ": at least 2 replicas, so the PDB never blocks a node drain for good")
                    .isGreaterThanOrEqualTo(2);
            assertThat(hpas.getFirst().getSpec().getMaxReplicas())
                    .isGreaterThan(hpas.getFirst().getSpec().getMinReplicas());

            List<PodDisruptionBudget> pdbs = all(objects, PodDisruptionBudget.class).stream()
                    .filter(p -> matches(p.getSpec().getSelector(), podLabels))
                    .toList();
            assertThat(pdbs).as(name + " has one PDB").hasSize(1);
            assertThat(pdbs.getFirst().getSpec().getMaxUnavailable().getIntVal())
                    .isEqualTo(1);

            assertThat(all(objects, Service.class).stream()
                            .filter(s -> s.getSpec().getSelector() != null
                                    && !s.getSpec().getSelector().isEmpty()
                                    && podLabels
                                            .entrySet()
                                            .containsAll(
                                                    s.getSpec().getSelector().entrySet())))
                    .as(name + " has a ClusterIP Service")
                    .singleElement()
                    .satisfies(s -> assertThat(s.getSpec().getType()).isEqualTo("ClusterIP"));

            for (EnvFromSource from : container.getEnvFrom()) {
                assertThat(from.getSecretRef())
                        .as(name + ": no Secret as a whole in the environment")
                        .isNull();
                assertThat(all(objects, ConfigMap.class))
                        .extracting(c -> c.getMetadata().getName())
                        .contains(from.getConfigMapRef().getName());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/example"})
    void onlyTheGatewayIsPublicAndEveryServiceTakesTrafficOnlyFromItsCallers(String kustomization) {
        List<HasMetadata> objects = objects(kustomization);
        List<NetworkPolicy> policies = all(objects, NetworkPolicy.class);
        Map<String, Deployment> deployments = new HashMap<>();
        all(objects, Deployment.class)
                .forEach(d -> deployments.put(d.getMetadata().getName(), d));

        assertThat(policies)
                .as("a default-deny policy for every pod, both directions")
                .anySatisfy(p -> {
                    assertThat(p.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();
                    assertThat(p.getSpec().getPodSelector().getMatchExpressions())
                            .isNullOrEmpty();
                    assertThat(p.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
                    assertThat(p.getSpec().getIngress()).isNullOrEmpty();
                    assertThat(p.getSpec().getEgress()).isNullOrEmpty();
                });

        // the graph the policies allow: a call needs the caller's egress and the callee's ingress
        Map<String, Set<String>> allowed = new TreeMap<>();
        for (String from : SERVICES) {
            for (String to : SERVICES) {
                if (!from.equals(to) && reaches(policies, deployments.get(from), deployments.get(to))) {
                    allowed.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
                }
            }
        }
        Map<String, Set<String>> expected = new TreeMap<>();
        CALLS.forEach((k, v) -> expected.put(k, new TreeSet<>(v)));
        assertThat(allowed).isEqualTo(expected);

        // and each side alone names exactly those: no ingress left open for a caller that is not one
        for (String service : SERVICES) {
            Set<String> callers = new TreeSet<>();
            CALLS.forEach((caller, callees) -> {
                if (callees.contains(service)) {
                    callers.add(caller);
                }
            });
            assertThat(peers(policies, deployments, service, "Ingress"))
                    .as(service + " takes traffic from exactly its callers")
                    .isEqualTo(callers);
            assertThat(peers(policies, deployments, service, "Egress"))
                    .as(service + " opens connections to exactly the services it calls")
                    .isEqualTo(new TreeSet<>(CALLS.getOrDefault(service, Set.of())));
        }

        // from outside the namespace: only the ingress controller, only to the gateway
        for (NetworkPolicy policy : policies) {
            if (policy.getSpec().getIngress() == null) {
                continue;
            }
            for (var rule : policy.getSpec().getIngress()) {
                assertThat(rule.getFrom())
                        .as(policy.getMetadata().getName() + ": an ingress rule names its sources")
                        .isNotEmpty();
                assertThat(rule.getPorts())
                        .as(policy.getMetadata().getName() + ": an ingress rule names its port")
                        .isNotEmpty();
                for (NetworkPolicyPeer peer : rule.getFrom()) {
                    assertThat(peer.getIpBlock())
                            .as(policy.getMetadata().getName() + ": no address range may enter")
                            .isNull();
                    if (peer.getNamespaceSelector() != null) {
                        assertThat(policy.getSpec().getPodSelector().getMatchLabels())
                                .as("only the gateway takes traffic from another namespace")
                                .isEqualTo(Map.of("app.kubernetes.io/name", "gateway"));
                        assertThat(peer.getNamespaceSelector().getMatchLabels())
                                .isEqualTo(Map.of("kubernetes.io/metadata.name", "ingress-nginx"));
                        assertThat(peer.getPodSelector())
                                .as("the ingress controller's pods, not its whole namespace")
                                .isNotNull();
                    }
                }
            }
        }

        List<Ingress> ingresses = all(objects, Ingress.class);
        assertThat(ingresses).hasSize(1);
        List<IngressBackend> backends = new ArrayList<>();
        ingresses.forEach(i -> {
            if (i.getSpec().getDefaultBackend() != null) {
                backends.add(i.getSpec().getDefaultBackend());
            }
            i.getSpec().getRules().forEach(r -> r.getHttp().getPaths().forEach(p -> backends.add(p.getBackend())));
        });
        assertThat(backends).isNotEmpty().allSatisfy(b -> {
            assertThat(b.getService().getName()).isEqualTo("gateway");
            assertThat(b.getService().getPort().getNumber()).isEqualTo(8080);
        });
        assertThat(all(objects, Service.class))
                .as("no Service opens a node port or a load balancer")
                .allSatisfy(s -> assertThat(s.getSpec().getType()).isIn("ClusterIP", "ExternalName"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/example"})
    void backingServicesAreExternalAndReachedOnlyByTheServicesThatUseThem(String kustomization) {
        List<HasMetadata> objects = objects(kustomization);
        List<NetworkPolicy> policies = all(objects, NetworkPolicy.class);
        Set<String> external = new TreeSet<>();
        all(objects, Service.class).stream()
                .filter(s -> "ExternalName".equals(s.getSpec().getType()))
                .forEach(s -> external.add(s.getMetadata().getName()));
        assertThat(external).isEqualTo(new TreeSet<>(BACKING.keySet()));

        for (Deployment deployment : all(objects, Deployment.class)) {
            String name = deployment.getMetadata().getName();
            Map<String, String> labels =
                    deployment.getSpec().getTemplate().getMetadata().getLabels();
            // every egress rule with an address range this pod gets, and which backing service's it is
            Set<String> reached = new TreeSet<>();
            for (NetworkPolicy policy : policies) {
                if (!policy.getSpec().getPolicyTypes().contains("Egress")
                        || !matches(policy.getSpec().getPodSelector(), labels)
                        || policy.getSpec().getEgress() == null) {
                    continue;
                }
                for (var rule : policy.getSpec().getEgress()) {
                    assertThat(rule.getTo())
                            .as(policy.getMetadata().getName() + ": an egress rule names its destination")
                            .isNotEmpty();
                    for (NetworkPolicyPeer peer : rule.getTo()) {
                        if (peer.getIpBlock() != null) {
                            assertThat(peer.getIpBlock().getCidr())
                                    .as("no egress to the whole internet")
                                    .doesNotEndWith("/0");
                            assertThat(policy.getMetadata().getName()).startsWith("egress-");
                            reached.add(policy.getMetadata().getName().substring("egress-".length()));
                        }
                    }
                }
            }
            Set<String> uses = new TreeSet<>();
            BACKING.forEach((backing, clients) -> {
                if (clients.contains(name)) {
                    uses.add(backing);
                }
            });
            assertThat(reached)
                    .as(name + " reaches exactly the backing services it uses")
                    .isEqualTo(uses);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/example"})
    void secretsComeOnlyFromSecretKeyRefsOfTheServicesOwnSecret(String kustomization) throws IOException {
        List<HasMetadata> objects = objects(kustomization);
        assertThat(objects)
                .as("no Secret (and so no secret value) in the manifests: they are created by kubectl")
                .noneMatch(o -> o.getKind().equals("Secret"));
        for (ConfigMap map : all(objects, ConfigMap.class)) {
            assertThat(map.getData().keySet())
                    .as(map.getMetadata().getName() + " holds no secret")
                    .noneMatch(SENSITIVE.asPredicate());
        }
        Map<String, Set<String>> documented = documentedSecretKeys();
        for (Deployment deployment : all(objects, Deployment.class)) {
            String name = deployment.getMetadata().getName();
            Container container =
                    deployment.getSpec().getTemplate().getSpec().getContainers().getFirst();
            Set<String> fromSecret = new TreeSet<>();
            for (EnvVar env : container.getEnv()) {
                if (env.getValue() != null) {
                    assertThat(env.getName())
                            .as(name + ": a literal value for a secret")
                            .doesNotMatch(SENSITIVE);
                    continue;
                }
                var ref = env.getValueFrom().getSecretKeyRef();
                if (ref == null) {
                    assertThat(env.getValueFrom().getFieldRef())
                            .as(name + " " + env.getName())
                            .isNotNull();
                    continue;
                }
                assertThat(ref.getName())
                        .as(name + " reads only its own Secret")
                        .isEqualTo(name + "-secrets");
                if (!Boolean.TRUE.equals(ref.getOptional())) {
                    assertThat(documented.getOrDefault(ref.getName(), Set.of()))
                            .as("infra/k8s/README.md's kubectl line for " + ref.getName())
                            .contains(ref.getKey());
                }
                fromSecret.add(env.getName());
            }
            Set<String> required = new TreeSet<>(demoSecretsOf(name));
            required.addAll(CODE_SECRETS.getOrDefault(name, Set.of()));
            required.add("SPRING_DATA_REDIS_PASSWORD");
            assertThat(fromSecret)
                    .as(name + ": every secret with a demo default is replaced from the Secret")
                    .containsAll(required);
        }
    }

    @Test
    void everyServiceEnablesItsProbesAndTheOverlayLeavesNoPlaceholder() throws IOException {
        for (String service : SERVICES) {
            Map<String, Object> yml = Kustomize.documents(ROOT.resolve(service + "/src/main/resources/application.yml"))
                    .getFirst();
            assertThat(path(yml, "management", "endpoint", "health", "probes", "enabled"))
                    .as(service + ": management.endpoint.health.probes.enabled")
                    .isEqualTo(Boolean.TRUE);
        }
        List<HasMetadata> overlay = objects("overlays/example");
        assertThat(overlay).allSatisfy(o -> {
            if (!o.getKind().equals("Namespace")) {
                assertThat(o.getMetadata().getNamespace()).isEqualTo("zongzhi");
            }
        });
        assertThat(all(overlay, Deployment.class))
                .allSatisfy(d -> assertThat(d.getSpec()
                                .getTemplate()
                                .getSpec()
                                .getContainers()
                                .getFirst()
                                .getImage())
                        .endsWith(":0.1.0"));
        String resolved = overlay.stream().map(Object::toString).reduce("", String::concat);
        assertThat(resolved)
                .as("the documentation addresses of the base are replaced")
                .doesNotContain("192.0.2.", "zongzhi.example");
    }

    private static Object path(Map<String, Object> map, String... keys) {
        Object node = map;
        for (String key : keys) {
            node = node instanceof Map<?, ?> m ? m.get(key) : null;
        }
        return node;
    }

    /** The names in a service's application.yml that hold a secret and have a default ({@code ${NAME:demo}}). */
    private static Set<String> demoSecretsOf(String service) throws IOException {
        String yml = Files.readString(ROOT.resolve(service + "/src/main/resources/application.yml"));
        Matcher m = Pattern.compile("\\$\\{([A-Z0-9_]+):").matcher(yml);
        Set<String> names = new TreeSet<>();
        while (m.find()) {
            if (SENSITIVE.matcher(m.group(1)).matches() && !m.group(1).equals("CASE_PII_ENCRYPTION_KEYS")) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** {@code kubectl create secret generic NAME --from-literal=KEY=…} lines in infra/k8s/README.md. */
    private static Map<String, Set<String>> documentedSecretKeys() throws IOException {
        String readme = Files.readString(K8S.resolve("README.md")).replace("\\\n", " ");
        Map<String, Set<String>> keys = new HashMap<>();
        Matcher line = Pattern.compile("kubectl -n \\S+ create secret generic (\\S+)([^\\n]*)")
                .matcher(readme);
        while (line.find()) {
            Matcher literal =
                    Pattern.compile("--from-(?:literal|file)=([A-Z0-9_]+)=").matcher(line.group(2));
            while (literal.find()) {
                keys.computeIfAbsent(line.group(1), k -> new TreeSet<>()).add(literal.group(1));
            }
        }
        return keys;
    }

    private static void assertProbe(String what, Probe probe, String path) {
        assertThat(probe).as(what).isNotNull();
        assertThat(probe.getHttpGet()).as(what + " is an HTTP GET").isNotNull();
        assertThat(probe.getHttpGet().getPath()).as(what).isEqualTo(path);
        assertThat(probe.getHttpGet().getPort().getStrVal()).as(what + " port").isEqualTo("http");
        assertThat(probe.getTimeoutSeconds()).as(what + " timeout").isPositive();
    }

    private static boolean matches(LabelSelector selector, Map<String, String> labels) {
        assertThat(selector.getMatchExpressions())
                .as("matchExpressions are not evaluated here")
                .isNullOrEmpty();
        Map<String, String> wanted = selector.getMatchLabels() == null ? Map.of() : selector.getMatchLabels();
        return labels.entrySet().containsAll(wanted.entrySet());
    }

    /** Whether the policies let {@code from}'s pods open a connection to {@code to}'s http port. */
    private static boolean reaches(List<NetworkPolicy> policies, Deployment from, Deployment to) {
        Map<String, String> fromLabels =
                from.getSpec().getTemplate().getMetadata().getLabels();
        Map<String, String> toLabels = to.getSpec().getTemplate().getMetadata().getLabels();
        int port = to.getSpec().getTemplate().getSpec().getContainers().getFirst().getPorts().stream()
                .filter(p -> p.getName().equals("http"))
                .findFirst()
                .orElseThrow()
                .getContainerPort();
        Predicate<NetworkPolicyPeer> isFrom = peer -> sameNamespacePod(peer, fromLabels);
        Predicate<NetworkPolicyPeer> isTo = peer -> sameNamespacePod(peer, toLabels);
        boolean egress = policies.stream()
                .filter(p -> p.getSpec().getPolicyTypes().contains("Egress")
                        && matches(p.getSpec().getPodSelector(), fromLabels))
                .flatMap(p -> p.getSpec().getEgress() == null ? Stream.empty() : p.getSpec().getEgress().stream())
                .anyMatch(r -> r.getTo().stream().anyMatch(isTo) && allows(r.getPorts(), port));
        boolean ingress = policies.stream()
                .filter(p -> p.getSpec().getPolicyTypes().contains("Ingress")
                        && matches(p.getSpec().getPodSelector(), toLabels))
                .flatMap(p -> p.getSpec().getIngress() == null ? Stream.empty() : p.getSpec().getIngress().stream())
                .anyMatch(r -> r.getFrom().stream().anyMatch(isFrom) && allows(r.getPorts(), port));
        return egress && ingress;
    }

    /** The services whose pods the policies selecting {@code service} name as sources (or destinations). */
    private static Set<String> peers(
            List<NetworkPolicy> policies, Map<String, Deployment> deployments, String service, String direction) {
        Map<String, String> labels =
                deployments.get(service).getSpec().getTemplate().getMetadata().getLabels();
        Set<String> named = new TreeSet<>();
        for (NetworkPolicy policy : policies) {
            if (!policy.getSpec().getPolicyTypes().contains(direction)
                    || !matches(policy.getSpec().getPodSelector(), labels)) {
                continue;
            }
            List<NetworkPolicyPeer> all = new ArrayList<>();
            if (direction.equals("Ingress") && policy.getSpec().getIngress() != null) {
                policy.getSpec().getIngress().forEach(r -> all.addAll(r.getFrom()));
            }
            if (direction.equals("Egress") && policy.getSpec().getEgress() != null) {
                policy.getSpec().getEgress().forEach(r -> all.addAll(r.getTo()));
            }
            for (NetworkPolicyPeer peer : all) {
                deployments.forEach((name, d) -> {
                    if (sameNamespacePod(
                            peer, d.getSpec().getTemplate().getMetadata().getLabels())) {
                        named.add(name);
                    }
                });
            }
        }
        return named;
    }

    private static boolean sameNamespacePod(NetworkPolicyPeer peer, Map<String, String> labels) {
        return peer.getNamespaceSelector() == null
                && peer.getIpBlock() == null
                && peer.getPodSelector() != null
                && matches(peer.getPodSelector(), labels);
    }

    private static boolean allows(List<NetworkPolicyPort> ports, int port) {
        return ports == null
                || ports.isEmpty()
                || ports.stream()
                        .anyMatch(p -> (p.getProtocol() == null
                                        || p.getProtocol().equals("TCP"))
                                && p.getPort() != null
                                && Integer.valueOf(port).equals(p.getPort().getIntVal()));
    }

    /** Fields fabric8 kept as additionalProperties: what its model has no field for. */
    private static void unknownFields(Object node, String where, List<String> unknown) {
        if (node == null
                || node instanceof String
                || node instanceof Number
                || node instanceof Boolean
                || node instanceof Enum<?>) {
            return;
        }
        if (node instanceof Collection<?> items) {
            items.forEach(i -> unknownFields(i, where + "[]", unknown));
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.values().forEach(v -> unknownFields(v, where + "{}", unknown));
            return;
        }
        if (!node.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : node.getClass().getMethods()) {
            if (getter.getParameterCount() != 0
                    || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get")
                    || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object value;
            try {
                value = getter.invoke(node);
            } catch (IllegalAccessException | InvocationTargetException e) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    unknown.add(where + ": " + extra.keySet());
                }
            } else {
                unknownFields(value, where + "." + getter.getName().substring(3), unknown);
            }
        }
    }
}
