package io.plakar.legal.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import io.plakar.legal.Dockerfiles;
import io.plakar.legal.Drain;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The container files under {@code docker/} against what the site is tested on, read as text
 * (the images are built and run by {@code WildFlyImageIT}, {@code PayaraImageIT} and
 * {@code ComposeIT}, with podman). The WildFly image must be the
 * server `mvn package` provisions (target/server) on Java 17, the Payara image the pom's Payara
 * on Java 17 with the Mojarra and settings the Payara tests use. The WildFly image must hold the
 * site as {@code mvn package} deploys it in target/server (the WAR unpacked), the Payara image the
 * WAR in its deploy folder; Compose and nginx must agree on the two replicas.
 */
class DockerFilesTest {

    static final Path DOCKER = Path.of("docker");
    /** The WAR built by {@code mvn package}, as the Dockerfiles name it in the build context. */
    static final String WAR = "target/legal-notice.war";
    /** The WildFly `mvn package` provisions and configures, and the tests run. */
    static final String SERVER = "target/server";
    /** The site in {@link #SERVER}'s deployments folder: the WAR unpacked by {@code mvn package} (pom.xml, deploy-to-server). */
    static final String DEPLOYMENT = "ROOT.war";
    /** The modules `mvn package` leaves for Payara's image (and the Payara tests). */
    static final String PAYARA_MODULES = "target/payara-modules";
    /** Payara as distributed, unpacked by {@code mvn -Ppayara package} for its image. */
    static final String PAYARA_IMAGE = "target/payara-image";

    @Test
    void theWildFlyImageIsTheProvisionedServerOnJava17() throws IOException {
        Path dockerfile = DOCKER.resolve("wildfly/Dockerfile");
        Image image = onlyFrom(dockerfile);
        assertEquals("eclipse-temurin", image.repository(), "a plain Java runtime: no stock WildFly modules in the image");
        assertTrue(image.tag().startsWith("17-"), "tag " + image.tag() + " should be a Java 17 image, the version tested");

        List<List<String>> copies = Dockerfiles.copies(dockerfile).stream().filter(paths -> paths.get(0).equals(SERVER)).toList();
        assertEquals(1, copies.size(), "the Dockerfile should copy " + SERVER + " once");
        String home = copies.get(0).get(1);
        assertEquals(List.of(home + "/bin/standalone.sh", "-b", "0.0.0.0"), Dockerfiles.instructions(dockerfile, "CMD").get(0),
                "the image should run the copied server");
        assertTrue(Dockerfiles.copies(dockerfile).stream().noneMatch(paths -> paths.contains(WAR)),
                "the site should come with " + SERVER + ", deployed there by `mvn package`, not as a second copy of " + WAR);
        String marker = home + "/standalone/deployments/" + DEPLOYMENT + ".dodeploy";
        assertTrue(Dockerfiles.instructions(dockerfile, "RUN").stream().anyMatch(run -> String.join(" ", run).contains("touch " + marker)),
                "the image should ask the scanner to deploy the exploded " + DEPLOYMENT + " (" + marker + ")");
    }

    /**
     * The image's CMD is standalone.sh, a shell script, as the container's first process: only
     * with LAUNCH_JBOSS_IN_BACKGROUND does it pass SIGTERM on to the JVM, whose shutdown hook
     * then drains the server (RollingRestartIT sends SIGTERM to the script the same way).
     */
    @Test
    void theWildFlyImagePassesSigtermOnToTheJvm() throws IOException {
        assertEquals("true", Dockerfiles.environment(DOCKER.resolve("wildfly/Dockerfile")).get("LAUNCH_JBOSS_IN_BACKGROUND"));
    }

    /** docker compose stop waits for the drain before it kills a replica. */
    @Test
    void composeGivesTheReplicasTimeToDrain() throws IOException {
        for (String site : List.of("site1", "site2")) {
            String period = value(composeServices(read(DOCKER.resolve("compose.yaml"))).get(site), "stop_grace_period");
            Matcher seconds = Pattern.compile("(\\d+)s").matcher(period);
            assertTrue(seconds.matches(), site + ": stop_grace_period in seconds, not " + period);
            assertTrue(Integer.parseInt(seconds.group(1)) > Drain.BUDGET.toSeconds(), site + ": " + period + " should exceed the drain, up to "
                    + Drain.BUDGET.toSeconds() + " s");
        }
    }

    /** The build context leaves out what a run of target/server wrote, and keeps what the images copy. */
    @Test
    void theBuildContextHoldsWhatTheImagesCopyAndNoRunState() throws IOException {
        List<String> ignored = read(Path.of(".dockerignore")).lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        for (String kept : List.of(WAR, SERVER, PAYARA_MODULES)) {
            assertTrue(ignored.contains("!" + kept), kept + " should be in the build context");
        }
        for (String state : List.of("data", "log", "tmp", "deployments/*", "configuration/standalone_xml_history")) {
            assertTrue(ignored.contains(SERVER + "/standalone/" + state), SERVER + "/standalone/" + state + " should be left out");
        }
        assertTrue(ignored.contains(SERVER + "/cds"), SERVER + "/cds (the class-data archive of the build's JDK) should be left out: the image trains its own");
        // .dockerignore's last matching line wins: the site is kept, the scanner's markers are not.
        String deployments = SERVER + "/standalone/deployments/";
        assertTrue(ignored.indexOf("!" + deployments + DEPLOYMENT) > ignored.indexOf(deployments + "*"),
                deployments + DEPLOYMENT + " (the site, unpacked) should be kept after " + deployments + "* is left out");
        assertFalse(ignored.stream().anyMatch(line -> line.startsWith("!" + deployments + DEPLOYMENT + ".")),
                "the scanner's markers from a run of " + SERVER + " should stay out of the build context");
    }

    @Test
    void thePayaraImageIsTheTestedPayaraOnJava17WithTheTestedMojarra() throws Exception {
        Path dockerfile = DOCKER.resolve("payara/Dockerfile");
        Image image = onlyFrom(dockerfile);
        assertEquals("eclipse-temurin", image.repository(), "a plain Java runtime: Payara comes from the build");
        assertTrue(image.tag().startsWith("17-"), "tag " + image.tag() + " should be a Java 17 image, the version tested");
        List<List<String>> payara = Dockerfiles.copies(dockerfile).stream().filter(paths -> paths.get(0).startsWith(PAYARA_IMAGE + "/")).toList();
        assertEquals(List.of(List.of(PAYARA_IMAGE + "/payara6", "/opt/payara/appserver")), payara,
                "the image should hold the Payara distribution the build unpacks into " + PAYARA_IMAGE);
        Matcher unpack = Pattern.compile("<id>payara-for-image</id>.*?<artifactId>payara</artifactId>\\s*<version>\\$\\{payara\\.version}</version>"
                + ".*?<outputDirectory>\\$\\{project\\.build\\.directory}/payara-image</outputDirectory>", Pattern.DOTALL)
                .matcher(read(Path.of("pom.xml")));
        assertTrue(unpack.find(), "the pom should unpack the tested Payara (payara.version) into " + PAYARA_IMAGE);

        List<List<String>> modules = Dockerfiles.copies(dockerfile).stream().filter(paths -> paths.get(0).startsWith(PAYARA_MODULES + "/")).toList();
        assertEquals(List.of(List.of(PAYARA_MODULES + "/jakarta.faces.jar", "/opt/payara/appserver/glassfish/modules/jakarta.faces.jar")),
                modules, "the image should replace Payara's Mojarra module as the tests do");
        String pom = read(Path.of("pom.xml"));
        assertTrue(pom.contains("<destFileName>jakarta.faces.jar</destFileName>") && pom.contains("<artifactId>jakarta.faces</artifactId>"),
                "the build should leave Mojarra in " + PAYARA_MODULES + " under Payara's file name");
        assertTrue(pom.contains("<copy todir=\"${payara.home}/glassfish/modules\" overwrite=\"true\">"),
                "the Payara tests should run with the same module");
    }

    /** Each HTTP setting the Payara tests run with (the pom edits domain.xml) is set in the image too. */
    @Test
    void thePayaraImageHasTheHttpSettingsTheTestsRunWith() throws IOException {
        String pom = read(Path.of("pom.xml"));
        String commands = read(DOCKER.resolve("payara/pre-boot-commands.asadmin"));
        for (String setting : List.of("xpowered-by=false", "server-header=false", "xframe-options=false", "trace-enabled=true",
                "header-buffer-length-bytes=16384")) {
            String[] pair = setting.split("=");
            assertTrue(pom.contains(pair[0] + "=&quot;" + pair[1] + "&quot;"), "the Payara tests set " + setting);
            assertTrue(commands.contains("protocol.http-listener-1.http." + setting), "the image sets " + setting);
        }
        for (String endpoint : List.of("metrics", "healthcheck", "openapi")) {
            assertTrue(pom.contains("&lt;microprofile-" + endpoint + "-configuration enabled=&quot;false&quot;&gt;"),
                    "the Payara tests turn off MicroProfile " + endpoint);
        }
        for (String command : List.of("set configs.config.server-config.microprofile-metrics-configuration.enabled=false",
                "set-microprofile-healthcheck-configuration --enabled=false", "set-openapi-configuration --enabled=false")) {
            assertTrue(commands.lines().anyMatch(line -> line.equals(command)), "the image runs " + command);
        }
    }

    @Test
    void thePayaraImageDeploysTheWarFromItsDeployFolder() throws IOException {
        String destination = warDestination(DOCKER.resolve("payara/Dockerfile"));

        assertTrue(destination.startsWith("/opt/payara/deployments/"), destination + " should be in the image's $DEPLOY_DIR, /opt/payara/deployments/");
        assertTrue(destination.endsWith("/") || destination.endsWith(".war"), destination + ": the image deploys only *.war files of that folder");
        assertFalse(destination.substring("/opt/payara/deployments/".length()).contains("/"), destination + " should be directly in the deploy folder");
    }

    @Test
    void thePayaraBootCommandsLeaveTheDeploymentToTheImage() throws IOException {
        String destination = warDestination(DOCKER.resolve("payara/Dockerfile"));
        String commands = "docker/payara/pre-boot-commands.asadmin";
        List<List<String>> copies = Dockerfiles.instructions(DOCKER.resolve("payara/Dockerfile"), "COPY").stream()
                .map(copy -> copy.stream().filter(argument -> !argument.startsWith("--")).toList())
                .filter(paths -> paths.get(0).equals(commands))
                .toList();
        assertEquals(1, copies.size(), "the Dockerfile should copy " + commands + " once");
        assertEquals("/opt/payara/config/pre-boot-commands.asadmin", copies.get(0).get(1), "the image runs the file named by $PREBOOT_COMMANDS");

        // The image's start script writes the deploy command into its post-boot file: the
        // pre-boot commands run before the server can deploy anything.
        String deployed = destination.endsWith("/") ? destination + WAR.substring(WAR.lastIndexOf('/') + 1) : destination;
        String text = read(Path.of(commands));
        assertFalse(text.contains(deployed) || text.lines().anyMatch(line -> line.startsWith("deploy")), commands + " should deploy nothing");
    }

    @Test
    void composeRunsTwoReplicasOfTheWildFlyImageBehindNginx() throws IOException {
        Map<String, List<String>> services = composeServices(read(DOCKER.resolve("compose.yaml")));

        assertTrue(services.keySet().containsAll(List.of("site1", "site2", "nginx")), "services: " + services.keySet());
        for (String site : List.of("site1", "site2")) {
            List<String> service = services.get(site);
            assertEquals("..", value(service, "context"), site + ": the build context should be the repository root");
            assertEquals("docker/wildfly/Dockerfile", value(service, "dockerfile"), site + " should be built from the WildFly Dockerfile");
        }
        assertEquals(value(services.get("site1"), "image"), value(services.get("site2"), "image"), "both replicas should run the same image");
    }

    @Test
    void composeMountsThisNginxConfiguration() throws IOException {
        List<String> nginx = composeServices(read(DOCKER.resolve("compose.yaml"))).get("nginx");
        assertNotNull(nginx, "no nginx service");

        List<String> mounts = nginx.stream()
                .map(String::trim)
                .filter(line -> line.startsWith("- ") && line.contains("nginx.conf"))
                .map(line -> line.substring(2).replace("\"", "").trim())
                .toList();
        assertEquals(List.of("./nginx.conf:/etc/nginx/nginx.conf:ro"), mounts);
        assertTrue(Files.isRegularFile(DOCKER.resolve("nginx.conf")));
    }

    @Test
    void nginxBalancesExactlyTheTwoReplicas() throws IOException {
        String conf = withoutComments(read(DOCKER.resolve("nginx.conf")));

        Matcher upstream = Pattern.compile("\\bupstream\\s+(\\S+)\\s*\\{([^}]*)\\}").matcher(conf);
        assertTrue(upstream.find(), "no upstream block");
        String name = upstream.group(1);
        List<String> servers = new ArrayList<>();
        Matcher server = Pattern.compile("(?m)^\\s*server\\s+(\\S+?)(?:\\s[^;]*)?;").matcher(upstream.group(2));
        while (server.find()) {
            servers.add(server.group(1));
        }
        assertFalse(upstream.find(), "one upstream block only");

        assertEquals(List.of("site1:8080", "site2:8080"), servers);
        assertTrue(Pattern.compile("\\bproxy_pass\\s+http://" + Pattern.quote(name) + "\\s*;").matcher(conf).find(),
                "requests should be proxied to the upstream " + name);
    }

    /** An image reference of a FROM line. */
    record Image(String repository, String tag) {
    }

    /**
     * The Dockerfile's one base image: its FROM names the build argument BASE_IMAGE, whose default
     * (the image an operator's plain {@code docker build} uses) is a literal, tagged public image.
     */
    static Image onlyFrom(Path dockerfile) throws IOException {
        List<List<String>> froms = Dockerfiles.instructions(dockerfile, "FROM");
        assertEquals(1, froms.size(), dockerfile + " should have one FROM");
        List<String> arguments = froms.get(0).stream().filter(argument -> !argument.startsWith("--")).toList();
        assertEquals("${BASE_IMAGE}", arguments.get(0), dockerfile + ": the base image is a build argument (the tests build on a local one)");
        List<String> defaults = Dockerfiles.instructions(dockerfile, "ARG").stream().map(arg -> arg.get(0))
                .filter(arg -> arg.startsWith("BASE_IMAGE=")).toList();
        assertEquals(1, defaults.size(), dockerfile + " should have one ARG BASE_IMAGE=<default>");
        String reference = defaults.get(0).substring("BASE_IMAGE=".length());
        assertFalse(reference.contains("$") || reference.startsWith("localhost/"), "the default base of " + dockerfile
                + " should be a public image named literally, not " + reference);
        int colon = reference.lastIndexOf(':');
        assertTrue(colon > reference.lastIndexOf('/'), reference + " should have a tag");
        return new Image(reference.substring(0, colon), reference.substring(colon + 1));
    }

    /** Where the Dockerfile's one COPY of the WAR built by {@code mvn package} puts it. */
    static String warDestination(Path dockerfile) throws IOException {
        List<List<String>> copies = new ArrayList<>();
        for (List<String> copy : Dockerfiles.instructions(dockerfile, "COPY")) {
            List<String> paths = copy.stream().filter(argument -> !argument.startsWith("--")).toList();
            if (paths.subList(0, paths.size() - 1).contains(WAR)) {
                assertFalse(copy.stream().anyMatch(argument -> argument.startsWith("--from")), "the WAR should come from the build context");
                assertEquals(2, paths.size(), "the WAR should be copied alone");
                copies.add(paths);
            }
        }
        assertEquals(1, copies.size(), dockerfile + " should copy " + WAR + " once");
        return copies.get(0).get(1);
    }

    /**
     * The lines of each service under the top-level {@code services:} key, by name, with the
     * lines of the top-level block that a {@code <<: *anchor} line merges in.
     */
    static Map<String, List<String>> composeServices(String compose) {
        Map<String, List<String>> anchors = new LinkedHashMap<>();
        Map<String, List<String>> services = new LinkedHashMap<>();
        List<String> block = null;
        boolean inServices = false;
        List<String> service = null;
        Pattern topLevel = Pattern.compile("^([A-Za-z0-9._-]+):\\s*(?:&([A-Za-z0-9._-]+))?\\s*$");
        Pattern serviceName = Pattern.compile("^  ([A-Za-z0-9._-]+):\\s*$");
        for (String line : compose.split("\n")) {
            if (line.isBlank() || line.trim().startsWith("#")) {
                continue;
            }
            if (!line.startsWith(" ")) {
                Matcher key = topLevel.matcher(line);
                inServices = key.matches() && key.group(1).equals("services");
                block = null;
                service = null;
                if (key.matches() && key.group(2) != null) {
                    block = new ArrayList<>();
                    anchors.put(key.group(2), block);
                }
                continue;
            }
            if (block != null) {
                block.add(line);
            } else if (inServices) {
                Matcher name = serviceName.matcher(line);
                if (name.matches()) {
                    service = new ArrayList<>();
                    services.put(name.group(1), service);
                } else if (service != null) {
                    service.add(line);
                }
            }
        }
        Map<String, List<String>> resolved = new LinkedHashMap<>();
        services.forEach((name, lines) -> {
            List<String> all = new ArrayList<>();
            for (String line : lines) {
                Matcher merge = Pattern.compile("^\\s*<<:\\s*\\*([A-Za-z0-9._-]+)\\s*$").matcher(line);
                if (merge.matches()) {
                    assertTrue(anchors.containsKey(merge.group(1)), "no top-level block &" + merge.group(1) + " in compose.yaml");
                    all.addAll(anchors.get(merge.group(1)));
                } else {
                    all.add(line);
                }
            }
            resolved.put(name, all);
        });
        return resolved;
    }

    /** The one value of a key among a service's lines. */
    static String value(List<String> lines, String key) {
        Pattern pattern = Pattern.compile("^\\s+" + Pattern.quote(key) + ":\\s*(\\S+)\\s*$");
        List<String> values = lines.stream()
                .map(pattern::matcher)
                .filter(Matcher::matches)
                .map(matcher -> matcher.group(1).replace("\"", ""))
                .toList();
        assertEquals(1, values.size(), "one " + key + " per service: " + values);
        return values.get(0);
    }

    /** nginx's comments run from a # outside quotes to the end of the line. */
    static String withoutComments(String conf) {
        StringBuilder out = new StringBuilder();
        char quote = 0;
        boolean comment = false;
        for (char c : conf.toCharArray()) {
            if (c == '\n') {
                comment = false;
                quote = 0;
            } else if (comment) {
                continue;
            } else if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '#') {
                comment = true;
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** A property of the pom's own {@code <properties>}, as written there. */
    static String pomProperty(String name) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Element project = factory.newDocumentBuilder().parse(Path.of("pom.xml").toFile()).getDocumentElement();
        for (Node properties = project.getFirstChild(); properties != null; properties = properties.getNextSibling()) {
            if (properties instanceof Element && "properties".equals(properties.getLocalName())) {
                for (Node property = properties.getFirstChild(); property != null; property = property.getNextSibling()) {
                    if (property instanceof Element && name.equals(property.getLocalName())) {
                        String value = property.getTextContent().strip();
                        assertFalse(value.isEmpty() || value.contains("${"), name + " should be a literal version in pom.xml, not '" + value + "'");
                        return value;
                    }
                }
            }
        }
        return fail("pom.xml has no <" + name + "> property");
    }

    static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
