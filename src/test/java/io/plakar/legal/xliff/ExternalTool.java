package io.plakar.legal.xliff;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a translation tool installed on the machine (Debian's {@code omegat}, {@code translate-toolkit})
 * as its users do, from the command line. A tool that is missing, fails or hangs fails the test
 * with the tool's own output: the suite never skips them (CI installs them, see {@code .ci/run}).
 */
final class ExternalTool {

    /** What a run printed (stdout and stderr together) and how long it took. */
    record Run(String output, Duration took) {
    }

    private ExternalTool() {
    }

    /**
     * Runs {@code command} in {@code directory} with {@code environment} added to (or, for a null
     * value, removed from) the inherited one; fails on a non-zero exit or after {@code timeout}.
     */
    static Run run(Path directory, Duration timeout, Map<String, String> environment, List<String> command) throws IOException, InterruptedException {
        String binary = command.get(0);
        if (onPath(binary) == null) {
            throw new AssertionError(binary + " is not installed (not on the PATH: " + System.getenv("PATH") + "). "
                    + "The tests of real translation tools need Debian's omegat and translate-toolkit: "
                    + "apt-get install omegat translate-toolkit (as .ci/run does)");
        }
        Path log = Files.createTempFile(directory, "." + Path.of(binary).getFileName(), ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        environment.forEach((name, value) -> {
            if (value == null) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        long start = System.nanoTime();
        Process process = builder.start();
        boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        if (!finished) {
            throw new AssertionError(String.join(" ", command) + ": still running after " + timeout.toSeconds() + " s, stopped. Its output:\n" + output);
        }
        if (process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + ": exit status " + process.exitValue() + ". Its output:\n" + output);
        }
        System.out.println(Path.of(binary).getFileName() + ": " + took.toMillis() + " ms");
        return new Run(output, took);
    }

    /** The executable named {@code binary} on the PATH, or null. */
    static Path onPath(String binary) {
        if (binary.contains("/")) {
            return Files.isExecutable(Path.of(binary)) ? Path.of(binary) : null;
        }
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(folder.isEmpty() ? "." : folder, binary);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
