package uk.raa.deploy;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One kustomization rendered by {@code kubectl kustomize} and parsed, object by object, with the fabric8 model.
 * kubectl is required: CI machines have it, and a check that silently skips proves nothing.
 */
final class RenderedManifests {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    final String directory;
    final String yaml;
    final List<HasMetadata> objects;

    private RenderedManifests(String directory, String yaml, List<HasMetadata> objects) {
        this.directory = directory;
        this.yaml = yaml;
        this.objects = objects;
    }

    /** deploy/ (the module's base directory), from the build or, when run from an IDE, the working directory. */
    static Path deployDir() {
        Path dir = Path.of(System.getProperty("raa.deploy.dir", System.getProperty("user.dir")));
        if (!Files.isDirectory(dir.resolve("kubernetes/base"))) {
            throw new IllegalStateException("deploy/kubernetes/base not found under " + dir.toAbsolutePath()
                    + " (set -Draa.deploy.dir to the deploy module's directory)");
        }
        return dir;
    }

    static Path kubernetesDir() {
        return deployDir().resolve("kubernetes");
    }

    /** Every directory under deploy/kubernetes/overlays, so a new overlay is checked without editing the tests. */
    static List<String> overlays() {
        try (Stream<Path> dirs = Files.list(kubernetesDir().resolve("overlays"))) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("kustomization.yaml")))
                    .map(d -> "overlays/" + d.getFileName())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RenderedManifests render(String relativeDir) {
        String yaml = kustomize(kubernetesDir().resolve(relativeDir));
        List<HasMetadata> objects = new ArrayList<>();
        for (String document : yaml.split("(?m)^---\\s*$")) {
            if (document.isBlank()) {
                continue;
            }
            KubernetesResource parsed = SERIALIZATION.unmarshal(document);
            if (!(parsed instanceof HasMetadata object)) {
                throw new AssertionError(relativeDir + ": a rendered document is not a Kubernetes object: " + parsed);
            }
            objects.add(object);
        }
        return new RenderedManifests(relativeDir, yaml, List.copyOf(objects));
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> T named(Class<T> type, String name) {
        return all(type).stream()
                .filter(o -> o.getMetadata().getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(directory + ": no " + type.getSimpleName() + " named " + name));
    }

    private static String kustomize(Path dir) {
        String kubectl = System.getenv().getOrDefault("KUBECTL", "kubectl");
        Process process;
        try {
            process = new ProcessBuilder(kubectl, "kustomize", dir.toString()).start();
        } catch (IOException e) {
            throw new AssertionError("kubectl is required to check the Kubernetes manifests and was not found ("
                    + kubectl + ": " + e.getMessage() + "). Install kubectl (it includes kustomize) or set KUBECTL "
                    + "to its path; these checks do not skip.", e);
        }
        try {
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            String out = read(process.getInputStream());
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("kubectl kustomize " + dir + " did not finish within 120 s");
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + dir + " failed (exit " + process.exitValue() + "):\n"
                        + err.join());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while rendering " + dir, e);
        }
    }

    private static String read(InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
