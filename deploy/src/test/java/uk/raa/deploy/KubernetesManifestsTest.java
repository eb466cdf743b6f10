package uk.raa.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders deploy/kubernetes (base and every overlay) with kubectl kustomize, parses every object with the fabric8
 * model and checks the platform's deployment rules. Each check collects every violation before failing, so one
 * run names all of them.
 */
class KubernetesManifestsTest {

    private static final String GATEWAY = "gateway";
    private static final String NAME = "app.kubernetes.io/name";
    private static final String PART_OF = "app.kubernetes.io/part-of";
    /** Environment variables whose value is a credential: they must come from a Secret, by reference. */
    private static final Pattern CREDENTIAL =
            Pattern.compile("(?i).*(PASSWORD|SECRET|TOKEN|CREDENTIAL|USERNAME|PRIVATE|API_?KEY).*");
    /** Non-heap room a Quarkus JVM needs beyond the heap (metaspace, code cache, threads, direct buffers). */
    private static final long NON_HEAP_MIN_BYTES = 192L * 1024 * 1024;

    private static final Map<String, RenderedManifests> RENDERED = new ConcurrentHashMap<>();

    static RenderedManifests rendered(String dir) {
        return RENDERED.computeIfAbsent(dir, RenderedManifests::render);
    }

    static Stream<String> overlays() {
        return RenderedManifests.overlays().stream();
    }

    static Stream<String> baseAndOverlays() {
        return Stream.concat(Stream.of("base"), overlays());
    }

    /**
     * Application name to HTTP port, read from the local stack's scripts (deploy/local/*.sh declare
     * {@code PORTS=([children]=8081 ...)}): the cluster must use the same ports.
     */
    static Map<String, Integer> localPorts() throws IOException {
        Pattern declaration = Pattern.compile("declare -A (?:APP_)?PORTS=\\(([^)]*)\\)");
        String entries = null;
        try (Stream<Path> scripts = Files.list(RenderedManifests.deployDir().resolve("local"))) {
            for (Path script : scripts.filter(p -> p.toString().endsWith(".sh")).sorted().toList()) {
                Matcher line = declaration.matcher(Files.readString(script));
                if (line.find()) {
                    entries = line.group(1);
                    break;
                }
            }
        }
        assertNotNull(entries, "no script in deploy/local declares PORTS=([app]=port ...) any more");
        Map<String, Integer> ports = new TreeMap<>();
        Matcher entry = Pattern.compile("\\[(\\w+)]=(\\d+)").matcher(entries);
        while (entry.find()) {
            String app = entry.group(1).equals(GATEWAY) ? GATEWAY : entry.group(1) + "-service";
            ports.put(app, Integer.parseInt(entry.group(2)));
        }
        return ports;
    }

    /** The port an application sets in its own application.properties, if it sets one. */
    static Integer configuredPort(String app) throws IOException {
        String port = applicationProperties(app).getProperty("quarkus.http.port");
        return port == null ? null : Integer.valueOf(port.trim());
    }

    /** An application's own application.properties (empty when it has none). */
    static Properties applicationProperties(String app) throws IOException {
        Path file = RenderedManifests.deployDir().resolveSibling(app).resolve("src/main/resources/application.properties");
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (var reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            }
        }
        return properties;
    }

    @Test
    void bothOverlaysExist() {
        assertEquals(List.of("overlays/national", "overlays/single-agency"), RenderedManifests.overlays());
    }

    @Test
    void portsMatchTheLocalStack() throws IOException {
        Map<String, Integer> expected = localPorts();
        // deploy/local: gateway 8080, children 8081, adopters 8082, matching 8083, finance 8084.
        assertEquals(Map.of(GATEWAY, 8080, "children-service", 8081, "adopters-service", 8082,
                "matching-service", 8083, "finance-service", 8084), expected);
        RenderedManifests base = rendered("base");
        Map<String, Integer> deployed = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (Deployment deployment : base.all(Deployment.class)) {
            String app = deployment.getMetadata().getName();
            Container container = onlyContainer(deployment);
            int containerPort = httpPort(container);
            deployed.put(app, containerPort);
            Service service = base.named(Service.class, app);
            ServicePort servicePort = service.getSpec().getPorts().get(0);
            if (service.getSpec().getPorts().size() != 1 || servicePort.getPort() != containerPort) {
                problems.add(app + ": Service port " + servicePort.getPort() + " is not the container port "
                        + containerPort);
            }
            if (!"ClusterIP".equals(Objects.requireNonNullElse(service.getSpec().getType(), "ClusterIP"))) {
                problems.add(app + ": Service type " + service.getSpec().getType() + ", expected ClusterIP");
            }
        }
        assertEquals(expected, deployed, "container ports differ from the local stack's (deploy/local)");
        for (Map.Entry<String, Integer> app : deployed.entrySet()) {
            Integer configured = configuredPort(app.getKey());
            if (configured != null && !configured.equals(app.getValue())) {
                problems.add(app.getKey() + ": application.properties sets quarkus.http.port=" + configured
                        + " but the Deployment uses " + app.getValue());
            }
        }
        // The gateway's upstreams are the services' in-cluster addresses on the same ports.
        Container gateway = onlyContainer(base.named(Deployment.class, GATEWAY));
        for (Map.Entry<String, Integer> app : expected.entrySet()) {
            if (app.getKey().equals(GATEWAY)) {
                continue;
            }
            String shortName = app.getKey().replace("-service", "");
            // The environment variable must be the one MicroProfile Config maps to the gateway's own key.
            String key = "raa.gateway.routes." + shortName + ".url";
            if (!applicationProperties(GATEWAY).containsKey(key)) {
                problems.add("gateway: application.properties has no " + key);
            }
            String env = key.toUpperCase().replace('.', '_');
            String url = envValue(gateway, env);
            if (!("http://" + app.getKey() + ":" + app.getValue()).equals(url)) {
                problems.add("gateway: " + env + "=" + url + ", expected http://" + app.getKey() + ":" + app.getValue());
            }
        }
        assertNoProblems("base", problems);
    }

    @ParameterizedTest
    @MethodSource("baseAndOverlays")
    void everyApplicationIsDeployedAndLabelled(String dir) throws IOException {
        RenderedManifests manifests = rendered(dir);
        Set<String> names = manifests.all(Deployment.class).stream()
                .map(d -> d.getMetadata().getName())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(localPorts().keySet(), names, dir + ": Deployments");
        List<String> problems = new ArrayList<>();
        for (HasMetadata object : manifests.objects) {
            if (object instanceof Namespace) {
                continue;
            }
            if (!"raa-platform".equals(labels(object.getMetadata().getLabels()).get(PART_OF))) {
                problems.add(describe(object) + " lacks " + PART_OF + "=raa-platform");
            }
        }
        for (Deployment deployment : manifests.all(Deployment.class)) {
            Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            if (!deployment.getMetadata().getName().equals(podLabels.get(NAME))) {
                problems.add(describe(deployment) + ": pods are not labelled " + NAME + "=<its name>");
            }
            if (!"raa-platform".equals(podLabels.get(PART_OF))) {
                problems.add(describe(deployment) + ": pods are not labelled " + PART_OF + "=raa-platform");
            }
        }
        assertNoProblems(dir, problems);
    }

    @ParameterizedTest
    @MethodSource("baseAndOverlays")
    void deploymentsProbeSmallRyeHealth(String dir) {
        List<String> problems = new ArrayList<>();
        for (Deployment deployment : rendered(dir).all(Deployment.class)) {
            for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                String where = describe(deployment) + " container " + container.getName();
                checkProbe(where, "readinessProbe", container.getReadinessProbe(), "/q/health/ready", container,
                        problems);
                checkProbe(where, "livenessProbe", container.getLivenessProbe(), "/q/health/live", container,
                        problems);
                checkProbe(where, "startupProbe", container.getStartupProbe(), "/q/health/started", container,
                        problems);
            }
        }
        assertNoProblems(dir, problems);
    }

    @ParameterizedTest
    @MethodSource("baseAndOverlays")
    void deploymentsHaveRequestsLimitsAndAHeapThatFits(String dir) {
        List<String> problems = new ArrayList<>();
        for (Deployment deployment : rendered(dir).all(Deployment.class)) {
            for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                String where = describe(deployment) + " container " + container.getName();
                if (container.getResources() == null) {
                    problems.add(where + ": no resources");
                    continue;
                }
                Map<String, Quantity> requests = Objects.requireNonNullElse(container.getResources().getRequests(),
                        Map.of());
                Map<String, Quantity> limits = Objects.requireNonNullElse(container.getResources().getLimits(),
                        Map.of());
                for (String resource : List.of("cpu", "memory")) {
                    Quantity request = requests.get(resource);
                    Quantity limit = limits.get(resource);
                    if (request == null || limit == null) {
                        problems.add(where + ": " + resource + " needs both a request and a limit");
                    } else if (request.getNumericalAmount().compareTo(limit.getNumericalAmount()) > 0) {
                        problems.add(where + ": " + resource + " request " + request + " exceeds limit " + limit);
                    }
                }
                String javaOpts = envValue(container, "JAVA_OPTS");
                Matcher percentage = Pattern.compile("-XX:MaxRAMPercentage=(\\d+(?:\\.\\d+)?)")
                        .matcher(Objects.requireNonNullElse(javaOpts, ""));
                if (!percentage.find()) {
                    problems.add(where + ": JAVA_OPTS must size the heap with -XX:MaxRAMPercentage");
                } else if (limits.get("memory") != null) {
                    // e.g. 512Mi at 50%: heap 256Mi, 256Mi left for the rest of the JVM (>= 192Mi).
                    BigDecimal limitBytes = limits.get("memory").getNumericalAmount();
                    BigDecimal nonHeap = limitBytes.multiply(BigDecimal.valueOf(100)
                            .subtract(new BigDecimal(percentage.group(1)))).divide(BigDecimal.valueOf(100));
                    if (nonHeap.compareTo(BigDecimal.valueOf(NON_HEAP_MIN_BYTES)) < 0) {
                        problems.add(where + ": MaxRAMPercentage=" + percentage.group(1) + " of " + limits.get("memory")
                                + " leaves under 192Mi for the JVM outside the heap");
                    }
                }
            }
        }
        assertNoProblems(dir, problems);
    }

    @ParameterizedTest
    @MethodSource("baseAndOverlays")
    void deploymentsRunLockedDown(String dir) {
        List<String> problems = new ArrayList<>();
        for (Deployment deployment : rendered(dir).all(Deployment.class)) {
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            PodSecurityContext podSecurity = pod.getSecurityContext();
            for (Container container : pod.getContainers()) {
                String where = describe(deployment) + " container " + container.getName();
                SecurityContext security = container.getSecurityContext();
                boolean nonRoot = (security != null && Boolean.TRUE.equals(security.getRunAsNonRoot()))
                        || (podSecurity != null && Boolean.TRUE.equals(podSecurity.getRunAsNonRoot())
                                && (security == null || !Boolean.FALSE.equals(security.getRunAsNonRoot())));
                if (!nonRoot) {
                    problems.add(where + ": runAsNonRoot is not true");
                }
                if (security == null) {
                    problems.add(where + ": no container securityContext");
                    continue;
                }
                if (!Boolean.FALSE.equals(security.getAllowPrivilegeEscalation())) {
                    problems.add(where + ": allowPrivilegeEscalation must be false");
                }
                if (Boolean.TRUE.equals(security.getPrivileged())) {
                    problems.add(where + ": privileged");
                }
                if (!Boolean.TRUE.equals(security.getReadOnlyRootFilesystem())) {
                    problems.add(where + ": readOnlyRootFilesystem must be true");
                }
                if (security.getCapabilities() == null
                        || !Objects.requireNonNullElse(security.getCapabilities().getDrop(), List.of())
                                .contains("ALL")
                        || !Objects.requireNonNullElse(security.getCapabilities().getAdd(), List.of()).isEmpty()) {
                    problems.add(where + ": capabilities must drop ALL and add none");
                }
                VolumeMount tmp = Objects.requireNonNullElse(container.getVolumeMounts(), List.<VolumeMount>of())
                        .stream().filter(m -> "/tmp".equals(m.getMountPath())).findFirst().orElse(null);
                Volume tmpVolume = tmp == null ? null : pod.getVolumes().stream()
                        .filter(v -> v.getName().equals(tmp.getName())).findFirst().orElse(null);
                if (tmpVolume == null || tmpVolume.getEmptyDir() == null) {
                    problems.add(where + ": /tmp must be an emptyDir (the root filesystem is read-only)");
                }
            }
        }
        assertNoProblems(dir, problems);
    }

    @ParameterizedTest
    @MethodSource("baseAndOverlays")
    void onlyTheGatewayHasAnIngress(String dir) {
        RenderedManifests manifests = rendered(dir);
        List<Ingress> ingresses = manifests.all(Ingress.class);
        assertEquals(1, ingresses.size(), dir + ": exactly one Ingress, the gateway's");
        List<String> problems = new ArrayList<>();
        Service gateway = manifests.named(Service.class, GATEWAY);
        Set<String> gatewayPortNames = gateway.getSpec().getPorts().stream().map(ServicePort::getName)
                .collect(Collectors.toSet());
        Ingress ingress = ingresses.get(0);
        assertNotNull(ingress.getSpec().getTls(), dir + ": the Ingress must terminate TLS");
        if (ingress.getSpec().getDefaultBackend() != null) {
            problems.add(describe(ingress) + ": a default backend routes everything; name the paths instead");
        }
        for (IngressRule rule : ingress.getSpec().getRules()) {
            // What the public needs: the APIs, the Swagger UI and the service documents it loads.
            Set<String> paths = rule.getHttp().getPaths().stream().map(HTTPIngressPath::getPath)
                    .collect(Collectors.toSet());
            for (String needed : List.of("/api", "/q/swagger-ui", "/openapi")) {
                if (!paths.contains(needed)) {
                    problems.add(describe(ingress) + ": no path " + needed + " for host " + rule.getHost());
                }
            }
            for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                var backend = path.getBackend().getService();
                if (backend == null || !GATEWAY.equals(backend.getName())) {
                    problems.add(describe(ingress) + ": path " + path.getPath() + " goes to "
                            + (backend == null ? "a non-Service backend" : backend.getName()) + ", not the gateway");
                } else if (backend.getPort().getName() != null
                        && !gatewayPortNames.contains(backend.getPort().getName())) {
                    problems.add(describe(ingress) + ": port " + backend.getPort().getName()
                            + " is not a port of the gateway Service");
                }
                if (path.getPath().startsWith("/q/health") || path.getPath().startsWith("/q/metrics")
                        || path.getPath().equals("/") || path.getPath().equals("/q")) {
                    problems.add(describe(ingress) + ": path " + path.getPath()
                            + " would publish the gateway's health or metrics");
                }
            }
        }
        assertNoProblems(dir, problems);
    }

    @ParameterizedTest
    @MethodSource("baseAndOverlays")
    void theNamespaceDeniesIngressByDefault(String dir) {
        boolean defaultDeny = rendered(dir).all(NetworkPolicy.class).stream().anyMatch(policy ->
                isEmpty(policy.getSpec().getPodSelector())
                        && policy.getSpec().getPolicyTypes() != null
                        && policy.getSpec().getPolicyTypes().contains("Ingress")
                        && (policy.getSpec().getIngress() == null || policy.getSpec().getIngress().isEmpty()));
        assertTrue(defaultDeny, dir + ": no NetworkPolicy selects every pod with policyTypes [Ingress] and no rules");
    }

    /**
     * For every application pod, every source that any NetworkPolicy admits: a service admits the gateway (on its
     * own port) and a labelled Prometheus (for /q/metrics) and nothing else; the gateway admits the ingress
     * controller and Prometheus.
     */
    @ParameterizedTest
    @MethodSource("baseAndOverlays")
    void onlyTheGatewayReachesTheServices(String dir) {
        RenderedManifests manifests = rendered(dir);
        Map<String, Map<String, String>> podLabels = new LinkedHashMap<>();
        for (Deployment deployment : manifests.all(Deployment.class)) {
            podLabels.put(deployment.getMetadata().getName(),
                    deployment.getSpec().getTemplate().getMetadata().getLabels());
        }
        List<String> problems = new ArrayList<>();
        for (Deployment deployment : manifests.all(Deployment.class)) {
            String app = deployment.getMetadata().getName();
            int port = httpPort(onlyContainer(deployment));
            boolean gatewayAdmitted = false;
            boolean scrapeAdmitted = false;
            boolean ingressControllerAdmitted = false;
            for (NetworkPolicy policy : manifests.all(NetworkPolicy.class)) {
                if (!selects(policy.getSpec().getPodSelector(), podLabels.get(app), describe(policy))) {
                    continue;
                }
                for (NetworkPolicyIngressRule rule : Objects.requireNonNullElse(policy.getSpec().getIngress(),
                        List.<NetworkPolicyIngressRule>of())) {
                    String where = describe(policy) + " (selecting " + app + ")";
                    if (rule.getFrom() == null || rule.getFrom().isEmpty()) {
                        problems.add(where + ": a rule without 'from' admits every source");
                        continue;
                    }
                    boolean coversPort = coversPort(rule.getPorts(), port);
                    for (NetworkPolicyPeer peer : rule.getFrom()) {
                        switch (classify(peer, podLabels, where)) {
                            case GATEWAY_POD -> gatewayAdmitted |= coversPort && !app.equals(GATEWAY);
                            case PROMETHEUS -> scrapeAdmitted |= coversPort;
                            case OTHER_NAMESPACE -> {
                                if (app.equals(GATEWAY)) {
                                    ingressControllerAdmitted |= coversPort;
                                } else {
                                    problems.add(where + ": admits pods of another namespace: " + peer);
                                }
                            }
                            case OTHER -> problems.add(where + ": admits a source other than the gateway: " + peer);
                        }
                    }
                }
            }
            if (app.equals(GATEWAY)) {
                if (!ingressControllerAdmitted) {
                    problems.add("gateway: no NetworkPolicy admits the ingress controller on port " + port);
                }
            } else if (!gatewayAdmitted) {
                problems.add(app + ": no NetworkPolicy admits the gateway on port " + port);
            }
            if (!scrapeAdmitted) {
                problems.add(app + ": no NetworkPolicy admits Prometheus on port " + port);
            }
        }
        assertNoProblems(dir, problems);
    }

    @ParameterizedTest
    @MethodSource("baseAndOverlays")
    void everyDeploymentHasAnAutoscalerAndADisruptionBudget(String dir) {
        RenderedManifests manifests = rendered(dir);
        List<String> problems = new ArrayList<>();
        for (Deployment deployment : manifests.all(Deployment.class)) {
            String app = deployment.getMetadata().getName();
            List<HorizontalPodAutoscaler> hpas = manifests.all(HorizontalPodAutoscaler.class).stream()
                    .filter(h -> "Deployment".equals(h.getSpec().getScaleTargetRef().getKind())
                            && app.equals(h.getSpec().getScaleTargetRef().getName()))
                    .toList();
            if (hpas.size() != 1) {
                problems.add(app + ": " + hpas.size() + " autoscaling/v2 HorizontalPodAutoscalers, expected 1");
            } else {
                HorizontalPodAutoscaler hpa = hpas.get(0);
                boolean cpu = Objects.requireNonNullElse(hpa.getSpec().getMetrics(), List.<MetricSpec>of()).stream()
                        .anyMatch(m -> "Resource".equals(m.getType()) && "cpu".equals(m.getResource().getName())
                                && m.getResource().getTarget().getAverageUtilization() != null);
                if (!cpu) {
                    problems.add(describe(hpa) + ": no CPU utilisation target");
                }
                int min = Objects.requireNonNullElse(hpa.getSpec().getMinReplicas(), 1);
                if (hpa.getSpec().getMaxReplicas() < min) {
                    problems.add(describe(hpa) + ": maxReplicas below minReplicas");
                }
                // With minAvailable 1, a single pod could never be evicted and a node drain would hang.
                if (!dir.equals("base") && min < 2) {
                    problems.add(describe(hpa) + ": minReplicas " + min + " < 2 (no HA; the PDB blocks drains)");
                }
            }
            if (deployment.getSpec().getReplicas() != null) {
                problems.add(describe(deployment) + ": sets replicas, which fights its HorizontalPodAutoscaler");
            }
            Map<String, String> labels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            List<PodDisruptionBudget> pdbs = manifests.all(PodDisruptionBudget.class).stream()
                    .filter(p -> selects(p.getSpec().getSelector(), labels, describe(p)))
                    .toList();
            if (pdbs.size() != 1) {
                problems.add(app + ": " + pdbs.size() + " PodDisruptionBudgets select its pods, expected 1");
            } else if (!new IntOrString(1).equals(pdbs.get(0).getSpec().getMinAvailable())) {
                problems.add(describe(pdbs.get(0)) + ": minAvailable " + pdbs.get(0).getSpec().getMinAvailable()
                        + ", expected 1");
            }
        }
        assertNoProblems(dir, problems);
    }

    @ParameterizedTest
    @MethodSource("baseAndOverlays")
    void secretsAreOnlyReferenced(String dir) {
        RenderedManifests manifests = rendered(dir);
        List<String> problems = new ArrayList<>();
        for (Secret secret : manifests.all(Secret.class)) {
            if (!isEmptyMap(secret.getData()) || !isEmptyMap(secret.getStringData())) {
                problems.add(describe(secret) + ": a Secret with data is committed; create it in the cluster instead");
            }
        }
        for (ConfigMap configMap : manifests.all(ConfigMap.class)) {
            for (String key : Objects.requireNonNullElse(configMap.getData(), Map.<String, String>of()).keySet()) {
                if (CREDENTIAL.matcher(key).matches()) {
                    problems.add(describe(configMap) + ": key " + key + " looks like a credential");
                }
            }
        }
        for (Deployment deployment : manifests.all(Deployment.class)) {
            String app = deployment.getMetadata().getName();
            for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                String where = describe(deployment) + " container " + container.getName();
                for (EnvFromSource from : Objects.requireNonNullElse(container.getEnvFrom(),
                        List.<EnvFromSource>of())) {
                    if (from.getSecretRef() != null) {
                        problems.add(where + ": envFrom a Secret hides which keys it reads; use secretKeyRef");
                    }
                }
                for (EnvVar env : Objects.requireNonNullElse(container.getEnv(), List.<EnvVar>of())) {
                    boolean fromSecret = env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null;
                    if (CREDENTIAL.matcher(env.getName()).matches() && (!fromSecret || env.getValue() != null)) {
                        problems.add(where + ": " + env.getName() + " must come from a secretKeyRef, not a value");
                    }
                }
                if (!app.equals(GATEWAY)) {
                    String db = "raa-" + app.replace("-service", "") + "-db";
                    expectSecretRef(where, container, "RAA_DB_APP_PASSWORD", db, "app-password", problems);
                    expectSecretRef(where, container, "RAA_DB_OWNER_PASSWORD", db, "owner-password", problems);
                    expectSecretRef(where, container, "RABBITMQ_USERNAME", "raa-rabbitmq", "username", problems);
                    expectSecretRef(where, container, "RABBITMQ_PASSWORD", "raa-rabbitmq", "password", problems);
                }
            }
        }
        assertNoProblems(dir, problems);
    }

    @ParameterizedTest
    @MethodSource("baseAndOverlays")
    void configurationCoversWhatTheServicesRead(String dir) throws IOException {
        RenderedManifests manifests = rendered(dir);
        ConfigMap platform = generated(manifests, "raa-platform");
        ConfigMap tenancy = generated(manifests, "raa-tenancy");
        List<String> problems = new ArrayList<>();
        // common's microprofile-config.properties: raa.db.host/port, raa.keycloak.url/realm, rabbitmq-host/port.
        for (String key : List.of("RAA_DB_HOST", "RAA_DB_PORT", "RAA_KEYCLOAK_URL", "RAA_KEYCLOAK_REALM",
                "RABBITMQ_HOST", "RABBITMQ_PORT")) {
            String value = platform.getData().get(key);
            if (value == null || value.isBlank()) {
                problems.add(describe(platform) + ": no " + key);
            }
        }
        Map<String, List<String>> agencies = agencies(tenancy);
        if (agencies.isEmpty()) {
            problems.add(describe(tenancy) + ": no raa.tenancy.agencies.<agency> line");
        }
        for (Deployment deployment : manifests.all(Deployment.class)) {
            Container container = onlyContainer(deployment);
            String where = describe(deployment);
            boolean readsPlatform = Objects.requireNonNullElse(container.getEnvFrom(), List.<EnvFromSource>of())
                    .stream().anyMatch(f -> f.getConfigMapRef() != null
                            && platform.getMetadata().getName().equals(f.getConfigMapRef().getName()));
            if (!readsPlatform) {
                problems.add(where + ": does not take its environment from " + platform.getMetadata().getName());
            }
            if (deployment.getMetadata().getName().equals(GATEWAY)) {
                continue;
            }
            // The services read the agencies from the mounted file named by QUARKUS_CONFIG_LOCATIONS.
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            String location = envValue(container, "QUARKUS_CONFIG_LOCATIONS");
            String tenancyVolume = pod.getVolumes().stream()
                    .filter(v -> v.getConfigMap() != null
                            && tenancy.getMetadata().getName().equals(v.getConfigMap().getName()))
                    .map(Volume::getName).findFirst().orElse(null);
            String mountPath = tenancyVolume == null ? null : container.getVolumeMounts().stream()
                    .filter(m -> m.getName().equals(tenancyVolume)).map(VolumeMount::getMountPath)
                    .findFirst().orElse(null);
            if (mountPath == null || !(mountPath + "/tenancy.properties").equals(location)) {
                problems.add(where + ": QUARKUS_CONFIG_LOCATIONS=" + location + " is not the mounted "
                        + tenancy.getMetadata().getName() + " file");
            }
        }
        assertNoProblems(dir, problems);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyObjectIsInTheOverlaysNamespace(String dir) {
        RenderedManifests manifests = rendered(dir);
        List<Namespace> namespaces = manifests.all(Namespace.class);
        assertEquals(1, namespaces.size(), dir + ": one Namespace");
        String namespace = namespaces.get(0).getMetadata().getName();
        assertEquals("restricted", namespaces.get(0).getMetadata().getLabels()
                .get("pod-security.kubernetes.io/enforce"), dir + ": Pod Security level");
        List<String> problems = new ArrayList<>();
        for (HasMetadata object : manifests.objects) {
            if (!(object instanceof Namespace) && !namespace.equals(object.getMetadata().getNamespace())) {
                problems.add(describe(object) + " is in namespace " + object.getMetadata().getNamespace());
            }
        }
        assertNoProblems(dir, problems);
    }

    @Test
    void singleAgencyIsAdoptionCentralEngland() {
        RenderedManifests ace = rendered("overlays/single-agency");
        assertEquals("raa-ace", ace.all(Namespace.class).get(0).getMetadata().getName());
        assertEquals(Map.of("ace", List.of("coventry", "solihull", "warwickshire", "worcestershire", "herefordshire")),
                agencies(generated(ace, "raa-tenancy")));
        assertEquals("ace", generated(ace, "raa-platform").getData().get("RAA_KEYCLOAK_REALM"));
    }

    @Test
    void nationalHostsSeveralAgenciesAndScalesFurther() {
        RenderedManifests national = rendered("overlays/national");
        RenderedManifests single = rendered("overlays/single-agency");
        assertEquals("raa-national", national.all(Namespace.class).get(0).getMetadata().getName());
        Map<String, List<String>> agencies = agencies(generated(national, "raa-tenancy"));
        assertTrue(agencies.size() >= 2, "national: several agencies, got " + agencies.keySet());
        assertTrue(agencies.containsKey("ace"), "national: hosts ACE too");
        // An authority is a member of one agency at a time.
        Map<String, String> agencyOfAuthority = new HashMap<>();
        List<String> problems = new ArrayList<>();
        agencies.forEach((agency, authorities) -> authorities.forEach(authority -> {
            String previous = agencyOfAuthority.put(authority, agency);
            if (previous != null) {
                problems.add(authority + " is in both " + previous + " and " + agency);
            }
        }));
        for (HorizontalPodAutoscaler hpa : national.all(HorizontalPodAutoscaler.class)) {
            int singleMax = single.named(HorizontalPodAutoscaler.class, hpa.getMetadata().getName())
                    .getSpec().getMaxReplicas();
            if (hpa.getSpec().getMaxReplicas() <= singleMax) {
                problems.add(describe(hpa) + ": maxReplicas " + hpa.getSpec().getMaxReplicas()
                        + " is not above the single agency's " + singleMax);
            }
        }
        for (String resource : List.of("cpu", "memory")) {
            BigDecimal nationalLimit = limit(national, "children-service", resource);
            BigDecimal baseLimit = limit(rendered("base"), "children-service", resource);
            if (nationalLimit.compareTo(baseLimit) <= 0) {
                problems.add("national children-service: " + resource + " limit is not above the base's");
            }
        }
        assertNoProblems("overlays/national", problems);
    }

    // ---- helpers

    private enum Source { GATEWAY_POD, PROMETHEUS, OTHER_NAMESPACE, OTHER }

    /** Which kind of source a NetworkPolicy peer admits. */
    private static Source classify(NetworkPolicyPeer peer, Map<String, Map<String, String>> podLabels, String where) {
        if (peer.getIpBlock() != null) {
            return Source.OTHER;
        }
        if (peer.getNamespaceSelector() == null) {
            // Same namespace: the peer must select the gateway's pods and no other application's.
            Set<String> selected = podLabels.entrySet().stream()
                    .filter(e -> selects(peer.getPodSelector(), e.getValue(), where))
                    .map(Map.Entry::getKey)
                    .collect(Collectors.toSet());
            return selected.equals(Set.of(GATEWAY)) ? Source.GATEWAY_POD : Source.OTHER;
        }
        if (isEmpty(peer.getNamespaceSelector()) || peer.getPodSelector() == null || isEmpty(peer.getPodSelector())) {
            // Every namespace, or every pod of a namespace: too wide for anything here.
            return Source.OTHER;
        }
        if ("prometheus".equals(labels(peer.getPodSelector().getMatchLabels()).get(NAME))) {
            return Source.PROMETHEUS;
        }
        return Source.OTHER_NAMESPACE;
    }

    private static boolean coversPort(List<NetworkPolicyPort> ports, int port) {
        if (ports == null || ports.isEmpty()) {
            return true;
        }
        for (NetworkPolicyPort candidate : ports) {
            if (candidate.getPort() == null) {
                return true;
            }
            if (candidate.getPort().getIntVal() == null) {
                continue; // a named port: the checks here use numbers only
            }
            int from = candidate.getPort().getIntVal();
            int to = candidate.getEndPort() == null ? from : candidate.getEndPort();
            if (from <= port && port <= to) {
                return true;
            }
        }
        return false;
    }

    /** matchLabels only; a matchExpressions selector fails the check rather than being guessed at. */
    private static boolean selects(LabelSelector selector, Map<String, String> labels, String where) {
        if (selector == null) {
            return true;
        }
        if (selector.getMatchExpressions() != null && !selector.getMatchExpressions().isEmpty()) {
            fail(where + ": matchExpressions selectors are not understood by these checks; use matchLabels");
        }
        return labels(labels).entrySet().containsAll(labels(selector.getMatchLabels()).entrySet());
    }

    private static boolean isEmpty(LabelSelector selector) {
        return selector != null && isEmptyMap(selector.getMatchLabels())
                && (selector.getMatchExpressions() == null || selector.getMatchExpressions().isEmpty());
    }

    private static boolean isEmptyMap(Map<?, ?> map) {
        return map == null || map.isEmpty();
    }

    private static Map<String, String> labels(Map<String, String> labels) {
        return labels == null ? Map.of() : labels;
    }

    private static void checkProbe(String where, String kind, Probe probe, String path, Container container,
            List<String> problems) {
        if (probe == null) {
            problems.add(where + ": no " + kind);
            return;
        }
        if (probe.getHttpGet() == null || !path.equals(probe.getHttpGet().getPath())) {
            problems.add(where + ": " + kind + " must GET " + path);
            return;
        }
        IntOrString port = probe.getHttpGet().getPort();
        boolean known = container.getPorts().stream().anyMatch(p ->
                (port.getStrVal() != null && port.getStrVal().equals(p.getName()))
                        || (port.getIntVal() != null && port.getIntVal().equals(p.getContainerPort())));
        if (!known) {
            problems.add(where + ": " + kind + " port " + port + " is not a port of the container");
        }
    }

    private static void expectSecretRef(String where, Container container, String env, String secret, String key,
            List<String> problems) {
        EnvVar var = Objects.requireNonNullElse(container.getEnv(), List.<EnvVar>of()).stream()
                .filter(e -> e.getName().equals(env)).findFirst().orElse(null);
        var ref = var == null || var.getValueFrom() == null ? null : var.getValueFrom().getSecretKeyRef();
        if (ref == null || !secret.equals(ref.getName()) || !key.equals(ref.getKey())) {
            problems.add(where + ": " + env + " must come from secret " + secret + " key " + key);
        }
    }

    private static Container onlyContainer(Deployment deployment) {
        List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
        assertEquals(1, containers.size(), describe(deployment) + ": one container");
        return containers.get(0);
    }

    private static int httpPort(Container container) {
        return container.getPorts().stream().filter(p -> "http".equals(p.getName()))
                .map(ContainerPort::getContainerPort).findFirst()
                .orElseThrow(() -> new AssertionError(container.getName() + ": no port named http"));
    }

    private static String envValue(Container container, String name) {
        return Objects.requireNonNullElse(container.getEnv(), List.<EnvVar>of()).stream()
                .filter(e -> e.getName().equals(name)).map(EnvVar::getValue).findFirst().orElse(null);
    }

    /** A configMapGenerator's ConfigMap: its name is the generator's name plus a content hash. */
    private static ConfigMap generated(RenderedManifests manifests, String generatorName) {
        List<ConfigMap> matches = manifests.all(ConfigMap.class).stream()
                .filter(c -> c.getMetadata().getName().matches(Pattern.quote(generatorName) + "-[a-z0-9]{10}"))
                .toList();
        assertEquals(1, matches.size(), manifests.directory + ": ConfigMaps generated as " + generatorName);
        return matches.get(0);
    }

    private static Map<String, List<String>> agencies(ConfigMap tenancy) {
        String file = tenancy.getData().get("tenancy.properties");
        assertNotNull(file, describe(tenancy) + ": no tenancy.properties key");
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(file));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        String prefix = "raa.tenancy.agencies.";
        Map<String, List<String>> agencies = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith(prefix)) {
                List<String> authorities = Stream.of(properties.getProperty(key).split(","))
                        .map(String::trim).filter(s -> !s.isEmpty()).toList();
                assertFalse(authorities.isEmpty(), key + " lists no authority");
                agencies.put(key.substring(prefix.length()), authorities);
            }
        }
        return agencies;
    }

    private static BigDecimal limit(RenderedManifests manifests, String app, String resource) {
        return onlyContainer(manifests.named(Deployment.class, app)).getResources().getLimits().get(resource)
                .getNumericalAmount();
    }

    private static String describe(HasMetadata object) {
        return object.getKind() + "/" + object.getMetadata().getName();
    }

    private static void assertNoProblems(String dir, List<String> problems) {
        if (!problems.isEmpty()) {
            fail(dir + ": " + problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
        }
    }
}
