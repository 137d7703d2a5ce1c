package io.plakar.legal.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.ByteArrayAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * What the container tests share: the WAR under test, an HTTP client that follows no
 * redirects, and checks that hold for every response.
 */
final class SiteClient {

    /** The public base URL the test server is configured with (see arquillian.xml): never the Host header. */
    static final String BASE_URL = "https://legal.example.org";

    /** HTTP/1.1 only: the JDK client's default h2c upgrade is not what browsers do, and Payara refuses it. */
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final URI root;

    SiteClient(URL deploymentUrl) {
        this.root = URI.create(deploymentUrl.toExternalForm());
    }

    /** The WAR that `mvn package` built, as deployed at the root context. */
    static WebArchive builtWar() {
        File war = new File(System.getProperty("war.file", "target/legal-notice.war"));
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }

    /**
     * The built WAR in live preview: serving {@code i18n/} from the given folder (the
     * {@code legal.i18n-dir} setting, as a context parameter in its web.xml).
     */
    static WebArchive previewWar(Path i18n) {
        WebArchive war = builtWar();
        String webXml;
        try (InputStream in = war.get("/WEB-INF/web.xml").getAsset().openStream()) {
            webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        webXml = webXml.replace("<display-name>", "<context-param><param-name>legal.i18n-dir</param-name><param-value>"
                + i18n.toAbsolutePath() + "</param-value></context-param>\n    <display-name>");
        war.delete("/WEB-INF/web.xml");
        war.add(new ByteArrayAsset(webXml.getBytes(StandardCharsets.UTF_8)), "/WEB-INF/web.xml");
        return war;
    }

    /** GET the path with the given header name/value pairs; checks what every response must satisfy. */
    HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(path)).timeout(Duration.ofSeconds(30)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertStateless(response);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Document html(HttpResponse<String> response) {
        return Jsoup.parse(response.body(), BASE_URL);
    }

    /** No response ever opens a session, and none shows a stack trace. */
    static void assertStateless(HttpResponse<String> response) {
        response.headers().allValues("Set-Cookie").forEach(cookie ->
                assertFalse(cookie.toUpperCase(Locale.ROOT).startsWith("JSESSIONID"), response.uri() + " set " + cookie));
        String body = response.body();
        assertFalse(body.contains("Exception") || body.contains("\tat "), response.uri() + " shows a stack trace");
    }

    static void assertHeader(HttpResponse<String> response, String name, String expected) {
        String actual = response.headers().firstValue(name).orElse(null);
        assertTrue(expected.equals(actual), response.uri() + ": " + name + " was " + actual + ", expected " + expected);
    }

    /** An interface string from the translators' bundle, to compare pages with. */
    static String bundle(String tag, String key) {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(Path.of("i18n/messages/" + tag + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty(key);
    }

    /** A pattern string's text before its first placeholder ("Dernière mise à jour : " of "Dernière mise à jour : {0}"), stripped. */
    static String stem(String pattern) {
        int placeholder = pattern.indexOf('{');
        return (placeholder < 0 ? pattern : pattern.substring(0, placeholder)).strip();
    }

    /** The languages of the translators' folder: one per bundle, sorted. */
    static List<String> languages() {
        return tags("i18n/messages", "", ".properties");
    }

    /** The languages written right to left (language.direction = rtl in their bundle), sorted. */
    static List<String> rightToLeftLanguages() {
        return languages().stream().filter(tag -> "rtl".equals(bundle(tag, "language.direction"))).toList();
    }

    /** The languages with their own translation of the document, sorted. */
    static List<String> translations() {
        return tags("i18n/content", "legal-notice.", ".md").stream().filter(tag -> !tag.equals("fr")).toList();
    }

    /** The French original's lastmod, as its front matter says. */
    static LocalDate originalLastmod() {
        try {
            Matcher lastmod = Pattern.compile("(?m)^lastmod: *(\\d{4}-\\d{2}-\\d{2})")
                    .matcher(Files.readString(Path.of("i18n/content/legal-notice.fr.md"), StandardCharsets.UTF_8));
            assertTrue(lastmod.find(), "the original has a lastmod");
            return LocalDate.parse(lastmod.group(1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every language's page path, by language, in the order of {@link #languages()}. */
    static Map<String, String> pages() {
        Map<String, String> pages = new LinkedHashMap<>();
        languages().forEach(tag -> pages.put(tag, path(tag)));
        return Collections.unmodifiableMap(pages);
    }

    /** The names of the languages, in the switcher's order (by name, root collation). */
    static List<String> languageNames() {
        Collator collator = Collator.getInstance(Locale.ROOT);
        return languages().stream().map(tag -> bundle(tag, "language.name")).sorted(collator::compare).toList();
    }

    /** The headings of the sections of a language's document (its own, else the French one). */
    static List<String> sections(String tag) {
        Path document = Path.of("i18n/content/legal-notice." + (Files.exists(Path.of("i18n/content/legal-notice." + tag + ".md")) ? tag : "fr") + ".md");
        try {
            return Files.readAllLines(document, StandardCharsets.UTF_8).stream().filter(line -> line.startsWith("## "))
                    .map(line -> line.substring(3).strip()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The path of a language's page: its document's slug, else the French one's. */
    static String path(String tag) {
        Path document = Path.of("i18n/content/legal-notice." + tag + ".md");
        return "/" + tag + "/" + frontMatter(Files.exists(document) ? tag : "fr", "slug");
    }

    /** The path of a language's history of the original: its page's path and its bundle's history.slug, else the French one. */
    static String historyPath(String tag) {
        String slug = bundle(tag, "history.slug");
        return path(tag) + "/" + (slug == null || slug.isBlank() ? bundle("fr", "history.slug") : slug.strip());
    }

    /** A field of a document's front matter, unquoted. */
    static String frontMatter(String tag, String field) {
        try {
            Matcher value = Pattern.compile("(?m)^" + Pattern.quote(field) + ": *\"?(.*?)\"?$")
                    .matcher(Files.readString(Path.of("i18n/content/legal-notice." + tag + ".md"), StandardCharsets.UTF_8));
            assertTrue(value.find(), tag + " has a " + field);
            return value.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> tags(String folder, String prefix, String suffix) {
        try (Stream<Path> files = Files.list(Path.of(folder))) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.startsWith(prefix) && name.endsWith(suffix))
                    .map(name -> name.substring(prefix.length(), name.length() - suffix.length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text with the no-break spaces and direction marks of CLDR formats read as plain spaces. */
    /**
     * The facts a language's page states, formatted as it writes them: those its translation
     * refers to at the version of the French it records (for a stale translation, not yet the
     * facts the French added since), or the French's for a language without a translation.
     */
    static List<String> statedFacts(String tag) {
        io.plakar.legal.content.I18nFiles files = Shipped.FILES;
        io.plakar.legal.content.SiteContent content = Shipped.CONTENT;
        io.plakar.legal.content.DocumentFile translation = files.documents().get(tag);
        io.plakar.legal.content.DocumentFile stated = translation == null ? files.original()
                : translation == files.original() || translation.originalVersion() == null ? translation
                : files.originals().getOrDefault(translation.originalVersion(), translation);
        String formatTag = content.language(tag).orElseThrow().formatTag();
        return stated.facts().stream().map(io.plakar.legal.content.DocumentFile.Token::text).distinct()
                .map(name -> normalize(content.facts().format(name, formatTag))).toList();
    }

    /** A fact of i18n/facts.properties, as written there. */
    static String fact(String name) {
        return Shipped.CONTENT.facts().values().get(name);
    }

    /** i18n/ as the WAR under test ships it, read once. */
    private static final class Shipped {
        static final io.plakar.legal.content.I18nFiles FILES = io.plakar.legal.content.I18nReader.read(
                io.plakar.legal.content.I18nSource.directory(java.nio.file.Path.of("i18n")));
        static final io.plakar.legal.content.SiteContent CONTENT = io.plakar.legal.content.SiteContentLoader.load(
                io.plakar.legal.content.I18nSource.directory(java.nio.file.Path.of("i18n")));
    }

    static String normalize(String text) {
        return text.replaceAll("[\\u00A0\\u202F]", " ").replaceAll("[\\u200E\\u200F\\u061C]", "");
    }
}
