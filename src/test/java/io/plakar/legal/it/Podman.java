package io.plakar.legal.it;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The {@code podman} command, as the image tests run it: rootful, set up by
 * {@code docker/podman-setup.sh} (limits, cgroups, the base images made from Debian's packages).
 * When podman is missing or cannot run, the tests fail saying so, rather than being skipped.
 */
final class Podman {

    /** The Java 17 base the tests build the server images on, instead of the Dockerfiles' public default. */
    static final String JAVA_BASE = System.getProperty("image.java.base", "localhost/plakar-legal-base/jre17:bookworm");
    /** The nginx the Compose test runs, made from Debian's nginx-light. */
    static final String NGINX_BASE = System.getProperty("image.nginx.base", "localhost/plakar-legal-base/nginx:bookworm");

    private static final String SETUP = "run docker/podman-setup.sh as root first (docker/README.md, \"Podman\")";

    /** What a command printed (standard output and error together) and its exit status. */
    record Result(int status, String output) {

        Result orFail(String what) {
            if (status != 0) {
                fail(what + " failed with status " + status + ":\n" + output);
            }
            return this;
        }

        String trimmed() {
            return output.strip();
        }
    }

    private Podman() {
    }

    /** Fails with the reason when podman or a base image is missing, or when no container can run. */
    static void requireReady(String... baseImages) {
        Result version;
        try {
            version = run(List.of("podman", "version", "--format", "{{.Client.Version}}"), 60);
        } catch (UncheckedIOException notInstalled) {
            throw new AssertionError("podman is not installed: " + SETUP, notInstalled);
        }
        version.orFail("podman version (" + SETUP + ")");
        for (String image : baseImages) {
            if (podman("image", "exists", image).status() != 0) {
                fail("the base image " + image + " is missing: " + SETUP);
            }
        }
    }

    static Result podman(String... arguments) {
        List<String> command = new ArrayList<>(List.of("podman"));
        command.addAll(List.of(arguments));
        return run(command, 600);
    }

    static Result podman(List<String> arguments) {
        return podman(arguments.toArray(String[]::new));
    }

    static Result run(List<String> command, long timeoutSeconds) {
        return run(command, timeoutSeconds, Map.of());
    }

    /** Runs a command from the repository root with these environment variables added, its two outputs merged; a timeout fails. */
    static Result run(List<String> command, long timeoutSeconds, Map<String, String> environment) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile()).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process process = builder.start();
            process.getOutputStream().close();
            byte[][] output = new byte[1][];
            Thread reader = new Thread(() -> {
                try {
                    output[0] = process.getInputStream().readAllBytes();
                } catch (IOException e) {
                    output[0] = new byte[0];
                }
            });
            reader.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(String.join(" ", command) + " did not end within " + timeoutSeconds + " s");
            }
            reader.join();
            return new Result(process.exitValue(), new String(output[0], StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Removes a container and its volumes (named with its name as prefix), if they exist. */
    static void removeContainer(String name) {
        podman("rm", "--force", "--time", "0", name);
        for (String volume : podman("volume", "ls", "--quiet", "--filter", "name=^" + name + "-").output().lines().toList()) {
            podman("volume", "rm", "--force", volume);
        }
    }
}
