package io.plakar.legal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import io.plakar.legal.I18nCopy;

/**
 * Debian's nginx running docker/nginx.conf, with only what depends on where it runs rewritten:
 * the two upstream servers, the port it listens on, and its pid file, logs and cache under a
 * folder of its own. Stop it with {@link #stop}.
 */
final class Nginx {

    final int port;
    final Path folder;
    private final Path conf;

    private Nginx(int port, Path folder, Path conf) {
        this.port = port;
        this.folder = folder;
        this.conf = conf;
    }

    /** Checks the rewritten configuration with {@code nginx -t}, then starts nginx. */
    static Nginx start(Path folder, int port, String firstUpstream, String secondUpstream) throws IOException, InterruptedException {
        I18nCopy.delete(folder); // no log or cached page of an earlier run
        Files.createDirectories(folder.resolve("cache"));
        String text = Files.readString(Path.of("docker/nginx.conf"))
                .replace("site1:8080", firstUpstream)
                .replace("site2:8080", secondUpstream)
                .replace("listen 80;", "listen 127.0.0.1:" + port + ";")
                .replace("/var/run/nginx.pid", folder.resolve("nginx.pid").toString())
                .replace("/var/log/nginx/", folder + "/")
                .replace("/var/cache/nginx", folder.resolve("cache").toString());
        Path conf = folder.resolve("nginx.conf");
        Files.writeString(conf, text);
        // nginx's workers run as another user, and must reach the cache
        folder.getParent().toFile().setExecutable(true, false);
        folder.toFile().setExecutable(true, false);
        Process check = new ProcessBuilder("nginx", "-t", "-c", conf.toString()).redirectErrorStream(true).start();
        String checkOutput = new String(check.getInputStream().readAllBytes());
        assertEquals(0, check.waitFor(), "nginx -t:\n" + checkOutput);
        Process start = new ProcessBuilder("nginx", "-c", conf.toString()).redirectErrorStream(true).start();
        assertEquals(0, start.waitFor(), new String(start.getInputStream().readAllBytes()));
        return new Nginx(port, folder, conf);
    }

    String accessLog() throws IOException {
        return Files.readString(folder.resolve("access.log"));
    }

    void stop() throws IOException, InterruptedException {
        new ProcessBuilder("nginx", "-c", conf.toString(), "-s", "stop").inheritIO().start().waitFor(30, TimeUnit.SECONDS);
    }
}
