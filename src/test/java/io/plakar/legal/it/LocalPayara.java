package io.plakar.legal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One domain of the Payara under test (-Ppayara), created with ports of its own and started as
 * docker/payara's image starts it: the JVM command line that {@code asadmin start-domain
 * --dry-run} prints, with the image's pre-boot commands and a post-boot {@code deploy} of the WAR,
 * run directly (the image's start script {@code exec}s it), so that SIGTERM reaches the JVM.
 */
final class LocalPayara implements LocalInstance {

    private static final Path PAYARA = Path.of(System.getProperty("payara.home", "target/payara6")).toAbsolutePath();

    private final String name;
    private final int port;
    private final Path work;
    private final Path domains;
    private final Map<String, String> environment;
    private Process process;

    /** Creates the domain: administration on portBase + 48, HTTP on portBase + 80. */
    LocalPayara(Path work, String name, int portBase, Map<String, String> environment) throws IOException, InterruptedException {
        this.name = name;
        this.port = portBase + 80;
        this.work = work;
        this.domains = work.resolve(name + "-domains");
        this.environment = environment;
        Files.createDirectories(domains);
        assertEquals(0, asadmin("create-domain", "--nopassword", "--portbase", String.valueOf(portBase), "--domaindir", domains.toString(), name),
                "create-domain " + name);
        Files.writeString(domains.resolve("post-boot-commands.asadmin"), "deploy " + Path.of("target/legal-notice.war").toAbsolutePath() + "\n");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public void start() throws IOException, InterruptedException {
        Process dryRun = new ProcessBuilder(PAYARA.resolve("bin/asadmin").toString(), "start-domain", "--dry-run", "--domaindir", domains.toString(),
                "--prebootcommandfile", Path.of("docker/payara/pre-boot-commands.asadmin").toAbsolutePath().toString(),
                "--postbootcommandfile", domains.resolve("post-boot-commands.asadmin").toString(), name).redirectErrorStream(true).start();
        String output = new String(dryRun.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, dryRun.waitFor(), output);
        // as the image's start script: the lines after the first, up to the first empty one
        List<String> command = new ArrayList<>();
        for (String line : output.lines().skip(1).toList()) {
            if (line.isBlank()) {
                break;
            }
            command.add(line.strip());
        }
        Path password = domains.resolve("master-password");
        Files.writeString(password, "AS_ADMIN_MASTERPASSWORD=changeit\n");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectInput(password.toFile())
                .redirectOutput(ProcessBuilder.Redirect.appendTo(consoleLog().toFile()));
        builder.environment().putAll(environment);
        process = builder.start();
    }

    private Path consoleLog() {
        return work.resolve(name + ".console.log");
    }

    @Override
    public void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline) {
            try {
                if (get("/health", Map.of()).statusCode() == 200) {
                    return;
                }
            } catch (UncheckedIOException e) {
                // not listening yet
            }
            assertTrue(process.isAlive(), name + " exited; see " + consoleLog());
            Thread.sleep(200);
        }
        throw new AssertionError(name + " not ready within 240 s");
    }

    @Override
    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    @Override
    public void sendSigterm() {
        process.destroy();
    }

    @Override
    public boolean awaitExit(Duration timeout) throws InterruptedException {
        if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process = null;
            return true;
        }
        return false;
    }

    @Override
    public void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            process = null;
        }
    }

    @Override
    public HttpResponse<byte[]> get(String path, Map<String, String> headers) {
        return LocalServer.get(port, path, headers);
    }

    private int asadmin(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(PAYARA.resolve("bin/asadmin").toString()));
        command.addAll(List.of(arguments));
        Process asadmin = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("asadmin.log").toFile())).start();
        if (!asadmin.waitFor(300, TimeUnit.SECONDS)) {
            asadmin.destroyForcibly();
            return -1;
        }
        return asadmin.exitValue();
    }
}
