package io.plakar.legal.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Payara Server domain, started as docker/payara's image starts it: by its
 * {@code entrypoint.sh}, with its pre-boot commands and JVM options, the site deployed from a
 * folder of WARs. The domains of a test share one copy of the distribution as the image has it
 * ({@link #install}); each has its own ports ({@code create-domain --portbase}: administration on
 * base + 48, HTTP on base + 80).
 */
final class PayaraDomain extends Replica {

    private static final Path DOCKER = Path.of("docker/payara").toAbsolutePath();

    private final String name;
    private final int portBase;
    private final Path install;
    private final Path work;
    private final Map<String, String> environment;

    /**
     * Payara Server as the image has it, in {@code work/payara6}: the distribution `mvn -Ppayara
     * package` unpacks untouched into target/payara-image, with the Mojarra of target/payara-modules.
     */
    static Path install(Path work) throws IOException, InterruptedException {
        Path install = work.resolve("payara6");
        Files.createDirectories(work);
        Process copy = new ProcessBuilder("cp", "-a", Path.of("target/payara-image/payara6").toAbsolutePath().toString(), install.toString())
                .inheritIO().start();
        assertTrue(copy.waitFor(120, TimeUnit.SECONDS) && copy.exitValue() == 0, "could not copy target/payara-image/payara6");
        try (var modules = Files.list(Path.of("target/payara-modules"))) {
            for (Path module : modules.filter(path -> path.toString().endsWith(".jar")).toList()) {
                Files.copy(module, install.resolve("glassfish/modules").resolve(module.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return install;
    }

    /**
     * Creates the domain (no administration password, as the image's) and gives it the image's
     * JVM options.
     *
     * @param environment the site's settings ({@code LEGAL_BASE_URL}…), as a container gets them
     */
    PayaraDomain(Path install, Path work, String name, int portBase, Map<String, String> environment) throws IOException, InterruptedException {
        super(Duration.ofSeconds(240));
        this.name = name;
        this.portBase = portBase;
        this.install = install;
        this.work = work;
        this.environment = environment;
        Files.createDirectories(home());
        run(List.of(install.resolve("bin/asadmin").toString(), "--interactive=false", "create-domain", "--nopassword=true",
                "--checkports=false", "--portbase", String.valueOf(portBase), name));
        run(List.of("bash", DOCKER.resolve("apply-jvm-options.sh").toString(), DOCKER.resolve("jvm-options").toString(),
                install.resolve("glassfish/domains").resolve(name).resolve("config/domain.xml").toString()));
        Path deployments = deployments();
        Files.createDirectories(deployments);
        Files.copy(Path.of("target/legal-notice.war"), deployments.resolve("legal-notice.war"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    String name() {
        return name;
    }

    @Override
    int port() {
        return portBase + 80;
    }

    /** Runs entrypoint.sh with the image's settings, this domain's name and ports. */
    @Override
    void start() throws IOException {
        Path boot = work.resolve(name + "-boot");
        Files.createDirectories(boot);
        ProcessBuilder builder = new ProcessBuilder("bash", DOCKER.resolve("entrypoint.sh").toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(consoleLog().toFile()));
        Map<String, String> env = builder.environment();
        env.put("PAYARA_DIR", install.toString());
        env.put("DOMAIN_NAME", name);
        env.put("PREBOOT_COMMANDS", DOCKER.resolve("pre-boot-commands.asadmin").toString());
        env.put("POSTBOOT_COMMANDS", boot.resolve("post-boot-commands.asadmin").toString());
        env.put("DEPLOY_DIR", deployments().toString());
        env.put("AS_ADMIN_PORT", String.valueOf(portBase + 48));
        env.put("HOME", home().toString());
        env.putAll(environment);
        launched(builder.start());
    }

    @Override
    Path consoleLog() {
        return work.resolve(name + ".console.log");
    }

    private Path deployments() {
        return work.resolve(name + "-deployments");
    }

    /** asadmin writes under $HOME. */
    private Path home() {
        return work.resolve("home");
    }

    private void run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(consoleLog().toFile()));
        builder.environment().put("HOME", home().toString());
        Process setup = builder.start();
        assertTrue(setup.waitFor(120, TimeUnit.SECONDS), String.join(" ", command) + " still runs after 120 s");
        assertTrue(setup.exitValue() == 0, String.join(" ", command) + " failed; see " + consoleLog());
    }
}
