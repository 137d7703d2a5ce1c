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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The container files under {@code docker/} against the versions the site is tested on. No Docker
 * engine runs here, so nothing is built: these checks read the files. The images must be those
 * of the pom's WildFly and Payara versions on Java 17, each must copy the WAR that
 * {@code mvn package} builds into its server's deployments folder, and Compose and nginx must
 * agree on the two replicas.
 */
class DockerFilesTest {

    static final Path DOCKER = Path.of("docker");
    /** The WAR built by {@code mvn package}, as the Dockerfiles name it in the build context. */
    static final String WAR = "target/legal-notice.war";

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "wildfly/Dockerfile, wildfly.version, quay.io/wildfly/wildfly",
        "payara/Dockerfile,  payara.version,  payara/server-full"})
    void eachImageIsTheTestedServerOnJava17(String dockerfile, String versionProperty, String repository) throws Exception {
        String version = pomProperty(versionProperty);
        Image image = onlyFrom(DOCKER.resolve(dockerfile));

        assertEquals(repository, image.repository());
        assertTrue(image.tag().contains(version), "tag " + image.tag() + " should name version " + version + " (pom's " + versionProperty + ")");
        assertTrue(image.tag().contains("jdk17"), "tag " + image.tag() + " should be a Java 17 image");
    }

    @Test
    void theWildFlyImageDeploysTheWarWithTheDeploymentScanner() throws IOException {
        String destination = warDestination(DOCKER.resolve("wildfly/Dockerfile"));

        assertEquals("/opt/jboss/wildfly/standalone/deployments/ROOT.war", destination,
                "the WAR should be where `mvn package` puts it in target/server: standalone/deployments/ROOT.war");
    }

    @Test
    void theWildFlyImageIsConfiguredByTheScriptThatConfiguresTargetServer() throws IOException {
        String script = "src/main/wildfly/configure.cli";
        List<List<String>> copies = instructions(DOCKER.resolve("wildfly/Dockerfile"), "COPY").stream()
                .map(copy -> copy.stream().filter(argument -> !argument.startsWith("--")).toList())
                .filter(paths -> paths.get(0).equals(script))
                .toList();
        assertEquals(1, copies.size(), "the Dockerfile should copy " + script + " once");
        String copied = copies.get(0).get(1);
        assertTrue(instructions(DOCKER.resolve("wildfly/Dockerfile"), "RUN").stream()
                .anyMatch(run -> String.join(" ", run).contains("jboss-cli.sh --file=" + copied)),
                "the Dockerfile should run " + copied + " with jboss-cli.sh, as the build does for target/server");
        assertTrue(read(Path.of("pom.xml")).contains("--file=${project.basedir}/" + script), "the build configures target/server with " + script);
    }

    /** Each HTTP setting the Payara tests run with (the pom edits domain.xml) is set in the image too. */
    @Test
    void thePayaraImageHasTheHttpSettingsTheTestsRunWith() throws IOException {
        String pom = read(Path.of("pom.xml"));
        String commands = read(DOCKER.resolve("payara/post-boot-commands.asadmin"));
        for (String setting : List.of("xpowered-by=false", "server-header=false", "xframe-options=false", "trace-enabled=true",
                "header-buffer-length-bytes=16384")) {
            String[] pair = setting.split("=");
            assertTrue(pom.contains(pair[0] + "=&quot;" + pair[1] + "&quot;"), "the Payara tests set " + setting);
            assertTrue(commands.contains("protocol.http-listener-1.http." + setting), "the image sets " + setting);
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
        String commands = "docker/payara/post-boot-commands.asadmin";
        List<List<String>> copies = instructions(DOCKER.resolve("payara/Dockerfile"), "COPY").stream()
                .map(copy -> copy.stream().filter(argument -> !argument.startsWith("--")).toList())
                .filter(paths -> paths.get(0).equals(commands))
                .toList();
        assertEquals(1, copies.size(), "the Dockerfile should copy " + commands + " once");
        assertEquals("/opt/payara/config/post-boot-commands.asadmin", copies.get(0).get(1), "the image runs the file named by $POSTBOOT_COMMANDS");

        // The image's start script adds no deploy command for an archive whose path the file
        // already names.
        String deployed = destination.endsWith("/") ? destination + WAR.substring(WAR.lastIndexOf('/') + 1) : destination;
        assertFalse(read(Path.of(commands)).contains(deployed),
                commands + " should not name the deployed WAR");
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

    static Image onlyFrom(Path dockerfile) throws IOException {
        List<List<String>> froms = instructions(dockerfile, "FROM");
        assertEquals(1, froms.size(), dockerfile + " should have one FROM");
        List<String> arguments = froms.get(0).stream().filter(argument -> !argument.startsWith("--")).toList();
        String reference = arguments.get(0);
        assertFalse(reference.contains("$"), "the FROM line of " + dockerfile + " should name its tag literally");
        int colon = reference.lastIndexOf(':');
        assertTrue(colon > reference.lastIndexOf('/'), reference + " should have a tag");
        return new Image(reference.substring(0, colon), reference.substring(colon + 1));
    }

    /** Where the Dockerfile's one COPY of the WAR built by {@code mvn package} puts it. */
    static String warDestination(Path dockerfile) throws IOException {
        List<List<String>> copies = new ArrayList<>();
        for (List<String> copy : instructions(dockerfile, "COPY")) {
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

    /** The arguments of each instruction of that name, continuation lines joined. */
    static List<List<String>> instructions(Path dockerfile, String name) throws IOException {
        List<List<String>> found = new ArrayList<>();
        StringBuilder instruction = new StringBuilder();
        for (String line : Files.readAllLines(dockerfile, StandardCharsets.UTF_8)) {
            if (line.trim().startsWith("#")) {
                continue;
            }
            if (line.endsWith("\\")) {
                instruction.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            instruction.append(line);
            String[] words = instruction.toString().trim().split("\\s+", 2);
            if (words[0].equalsIgnoreCase(name)) {
                found.add(arguments(words.length > 1 ? words[1].trim() : ""));
            }
            instruction.setLength(0);
        }
        return found;
    }

    /** Shell form split on blanks, or the quoted strings of the JSON form. */
    static List<String> arguments(String text) {
        if (!text.startsWith("[")) {
            return List.of(text.split("\\s+"));
        }
        List<String> arguments = new ArrayList<>();
        Matcher quoted = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(text);
        while (quoted.find()) {
            arguments.add(quoted.group(1));
        }
        return arguments;
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
