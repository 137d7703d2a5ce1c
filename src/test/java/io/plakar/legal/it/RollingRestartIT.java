package io.plakar.legal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.plakar.legal.Drain;
import io.plakar.legal.I18nCopy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A rolling restart loses no request: two instances of the server behind Debian's nginx with
 * docker/nginx.conf (as in {@link ScaleOutIT}), a client keeping a steady load on the language
 * pages through nginx, and each instance in turn stopped with SIGTERM (sent to the image's start
 * script, as a container runtime sends it to its first process) and started again, the next one
 * only once nginx sends requests to the restarted one again (as a Deployment waits for the new
 * pod to be ready). The instances are the server the integration tests run on: WildFly from
 * target/server started by standalone.sh ({@link LocalServer}), or, with -Ppayara, Payara domains
 * started by docker/payara/entrypoint.sh ({@link PayaraDomain}).
 * <p>
 * While an instance stops and while it starts, a page is also asked of it directly, not through
 * nginx, over a new connection every few milliseconds: it answers 200 or 503 (draining), or
 * gives no answer (the connection refused or closed), never anything else. A 404 or a 500 there
 * is what nginx would otherwise hide by retrying, and what a cache in front might keep. (WildFly
 * still answers 404 for a few milliseconds while it stops, once it has removed its virtual host
 * and before it closes its listener: nginx retries that one, see docker/nginx.conf and
 * {@link LocalServer#lastMomentAnswers}. Payara never does.)
 * <p>
 * The instances run with {@code LEGAL_CACHE_SECONDS=0}: nginx then stores no page and every
 * request reaches an instance (with the default, nginx would serve the pages from its cache and
 * the restarts would go unseen).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RollingRestartIT {

    private static final Path WORK = Path.of("target/rolling-restart").toAbsolutePath();
    private static final int NGINX_PORT = 8470;
    private static final Map<String, String> SETTINGS = Map.of("LEGAL_BASE_URL", "https://legal.example.org", "LEGAL_CACHE_SECONDS", "0");
    /** The load: a few clients in a closed loop, each pausing between requests; loopback only. */
    private static final int CLIENTS = 3;
    private static final Duration PAUSE = Duration.ofMillis(5);
    /** How long the load runs before the first restart and after the last. */
    private static final Duration STEADY = Duration.ofSeconds(5);
    /** An upstream address and the status in nginx's access log (docker/nginx.conf's log format). */
    private static final Pattern LOG_LINE = Pattern.compile("\" (\\d{3}) .* upstream=(\\S+(?:, \\S+)*) cache=");

    private static final String STOPPING = " stopping";
    private static final String STARTING = " starting";

    private final List<Replica> instances = new ArrayList<>();
    private Nginx nginx;
    private Path accessLog;
    private Load load;

    @AfterAll
    void stopEverything() throws Exception {
        if (load != null) {
            load.stop();
        }
        if (nginx != null) {
            nginx.stop();
        }
        for (Replica instance : instances) {
            instance.stop();
        }
    }

    @Test
    void restartingEachInstanceInTurnLosesNoRequest() throws Exception {
        I18nCopy.delete(WORK);
        if ("payara".equals(System.getProperty("arquillian.launch"))) {
            Path install = PayaraDomain.install(WORK);
            instances.add(new PayaraDomain(install, WORK, "first", 20000, SETTINGS));
            instances.add(new PayaraDomain(install, WORK, "second", 21000, SETTINGS));
        } else {
            instances.add(new LocalServer(WORK, "first", 800, SETTINGS));
            instances.add(new LocalServer(WORK, "second", 900, SETTINGS));
        }
        for (Replica instance : instances) {
            instance.start();
        }
        for (Replica instance : instances) {
            instance.awaitReady();
        }
        nginx = Nginx.start(WORK.resolve("nginx"), NGINX_PORT, address(instances.get(0)), address(instances.get(1)));
        accessLog = nginx.folder.resolve("access.log");

        load = new Load(NGINX_PORT, List.copyOf(LanguagePagesIT.PAGES.values()));
        load.start();
        Thread.sleep(STEADY.toMillis());
        int beforeEnd = logLines().size();
        Duration longestDrain = Duration.ZERO;
        List<String> healthDuringDrains = new ArrayList<>();
        Map<String, Map<String, Long>> direct = new LinkedHashMap<>();
        for (Replica instance : instances) {
            long signalled = System.nanoTime();
            DirectPoll stopping = new DirectPoll(instance);
            instance.sendSigterm();
            List<String> health = healthUntilExit(instance);
            assertTrue(instance.awaitExit(Drain.BUDGET), instance.name() + " still runs " + Drain.BUDGET.toSeconds() + " s after SIGTERM");
            Duration drain = Duration.ofNanos(System.nanoTime() - signalled);
            direct.put(instance.name() + STOPPING, stopping.stop());
            longestDrain = drain.compareTo(longestDrain) > 0 ? drain : longestDrain;
            healthDuringDrains.add(instance.name() + ": " + health + ", exited after " + drain.toMillis() + " ms");
            assertTrue(health.indexOf("200") <= 0 && health.lastIndexOf("200") <= 0,
                    instance.name() + ": /health should not answer 200 once it answered anything else: " + health);

            int restarted = logLines().size();
            DirectPoll starting = new DirectPoll(instance);
            instance.start();
            instance.awaitReady();
            awaitServing(instance, restarted);
            direct.put(instance.name() + STARTING, starting.stop());
        }
        int duringEnd = logLines().size();
        Thread.sleep(STEADY.toMillis());
        load.stop();
        nginx.stop();
        nginx = null;

        List<String[]> log = logLines();
        System.out.printf("RollingRestartIT: %d requests, %d failed, %d answered other than 2xx/304 %s, %d restarts, longest drain %d ms%n",
                load.requests.get(), load.failures.get(), load.unexpected.values().stream().mapToLong(AtomicLong::get).sum(),
                load.unexpected, instances.size(), longestDrain.toMillis());
        healthDuringDrains.forEach(line -> System.out.println("RollingRestartIT: /health from SIGTERM to exit, " + line));
        direct.forEach((phase, statuses) -> System.out.println("RollingRestartIT: a page asked directly of " + phase + ": " + statuses));
        for (Replica instance : instances) {
            System.out.printf("RollingRestartIT: served by %s: %d before, %d during, %d after the restarts%n", instance.name(),
                    servedBy(instance, log.subList(0, beforeEnd)), servedBy(instance, log.subList(beforeEnd, duringEnd)),
                    servedBy(instance, log.subList(duringEnd, log.size())));
        }
        System.out.printf("RollingRestartIT: %d requests retried by nginx on the other instance, %d log lines%n",
                log.stream().filter(line -> line[1].contains(",")).count(), log.size());

        assertEquals(0, load.failures.get(), "requests that failed: " + load.firstFailure);
        assertEquals(Map.of(), Map.copyOf(load.unexpected), "answers other than 2xx and 304");
        assertEquals(0, load.cached.get(), "nginx should store no page here, so that every request reaches an instance");
        assertTrue(load.requests.get() > 1000, "a steady load: " + load.requests.get() + " requests");
        direct.forEach((phase, statuses) -> {
            Set<String> allowed = phase.endsWith(STOPPING) ? DirectPoll.allowedWhileStopping(instances.get(0)) : DirectPoll.ALLOWED;
            assertTrue(allowed.containsAll(statuses.keySet()),
                    "a page asked directly of " + phase + " should answer " + allowed + ": " + statuses);
            if (phase.endsWith(STARTING)) {
                assertTrue(statuses.getOrDefault("200", 0L) > 0, "the direct poll of " + phase + " saw no page served: " + statuses);
            }
        });
        for (Replica instance : instances) {
            assertTrue(servedBy(instance, log.subList(0, beforeEnd)) > 0, instance.name() + " served nothing before the restarts");
            assertTrue(servedBy(instance, log.subList(duringEnd, log.size())) > 0, instance.name() + " served nothing after the restarts");
        }
    }

    /**
     * /health of the stopping instance, asked directly, until its process ends: each answer's
     * status, or "refused" once it no longer accepts connections. Consecutive repeats are merged.
     */
    private static List<String> healthUntilExit(Replica instance) throws InterruptedException {
        List<String> seen = new ArrayList<>();
        while (instance.isRunning()) {
            String status;
            try {
                status = String.valueOf(instance.get("/health", Map.of()).statusCode());
            } catch (UncheckedIOException e) {
                status = "refused";
            }
            if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(status)) {
                seen.add(status);
            }
            Thread.sleep(20);
        }
        return seen;
    }

    /** Waits until nginx's access log shows the instance answering again, after the given line. */
    private void awaitServing(Replica instance, int fromLine) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            List<String[]> log = logLines();
            if (servedBy(instance, log.subList(Math.min(fromLine, log.size()), log.size())) > 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("nginx sent no request to " + instance.name() + " within 60 s of its restart");
    }

    /** Requests of these log lines that the instance answered (the last upstream nginx tried). */
    private static long servedBy(Replica instance, List<String[]> lines) {
        String address = address(instance);
        return lines.stream().filter(line -> {
            String[] tried = line[1].split(", ");
            return tried[tried.length - 1].equals(address);
        }).count();
    }

    /** Each line of nginx's access log as its status and the upstream addresses it tried. */
    private List<String[]> logLines() throws IOException {
        List<String[]> lines = new ArrayList<>();
        if (Files.exists(accessLog)) {
            for (String line : Files.readAllLines(accessLog)) {
                Matcher matcher = LOG_LINE.matcher(line);
                if (matcher.find()) {
                    lines.add(new String[] {matcher.group(1), matcher.group(2)});
                }
            }
        }
        return lines;
    }

    private static String address(Replica instance) {
        return "127.0.0.1:" + instance.port();
    }

    /**
     * A page asked of one instance directly, each time over a new connection (as a new client, or
     * a load balancer opening one, asks), every few milliseconds, from its creation until
     * {@link #stop}: how often each status came back, "refused" when no connection could be
     * made, "closed" when the server closed it without an answer.
     */
    private static final class DirectPoll {

        static final Set<String> ALLOWED = Set.of("200", "503", "refused", "closed");

        /** What a stopping server may answer: {@link #ALLOWED}, and what it says it answers in its last moments. */
        static Set<String> allowedWhileStopping(Replica server) {
            Set<String> allowed = new HashSet<>(ALLOWED);
            allowed.addAll(server.lastMomentAnswers());
            return allowed;
        }
        private static final String PAGE = LanguagePagesIT.PAGES.get("fr");

        private final ConcurrentMap<String, AtomicLong> statuses = new ConcurrentHashMap<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        DirectPoll(Replica instance) throws MalformedURLException {
            URL server = new URL("http://127.0.0.1:" + instance.port() + "/");
            thread = new Thread(() -> {
                while (running.get()) {
                    String status;
                    try {
                        int code = RawHttp.send(server, "GET", PAGE).status();
                        status = code == 0 ? "closed" : String.valueOf(code);
                    } catch (UncheckedIOException e) {
                        status = "refused";
                    }
                    statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                    try {
                        Thread.sleep(3);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "rolling-restart-direct-poll");
            thread.start();
        }

        /** Stops polling; each status and how often it came back. */
        Map<String, Long> stop() throws InterruptedException {
            running.set(false);
            thread.join(Duration.ofSeconds(40).toMillis());
            Map<String, Long> counts = new TreeMap<>();
            statuses.forEach((status, count) -> counts.put(status, count.get()));
            return counts;
        }
    }

    /** A few clients, each requesting the language pages in turn through nginx, pausing between requests. */
    private static final class Load {

        final AtomicLong requests = new AtomicLong();
        final AtomicLong failures = new AtomicLong();
        final AtomicLong cached = new AtomicLong();
        final ConcurrentMap<Integer, AtomicLong> unexpected = new ConcurrentHashMap<>();
        volatile String firstFailure;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Thread> clients = new ArrayList<>();

        Load(int port, List<String> pages) {
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.add(new Thread(() -> {
                    for (int i = client; running.get(); i++) {
                        String page = pages.get(i % pages.size());
                        try {
                            HttpResponse<byte[]> response = LocalServer.get(port, page, Map.of("Accept-Encoding", i % 2 == 0 ? "gzip" : "identity"));
                            int status = response.statusCode();
                            if (!(status >= 200 && status < 300 || status == 304)) {
                                unexpected.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                            }
                            if ("HIT".equals(response.headers().firstValue("X-Cache-Status").orElse(null))) {
                                cached.incrementAndGet();
                            }
                        } catch (RuntimeException e) {
                            failures.incrementAndGet();
                            if (firstFailure == null) {
                                firstFailure = page + ": " + e;
                            }
                        }
                        requests.incrementAndGet();
                        try {
                            Thread.sleep(PAUSE.toMillis());
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }, "rolling-restart-client-" + c));
            }
        }

        void start() {
            clients.forEach(Thread::start);
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread client : clients) {
                client.join(Duration.ofSeconds(40).toMillis());
            }
        }
    }
}
