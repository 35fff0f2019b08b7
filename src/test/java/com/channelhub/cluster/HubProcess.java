package com.channelhub.cluster;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import com.channelhub.ChannelHubApplication;
import com.channelhub.support.HubHttp;
import com.channelhub.support.HubTestPort;

/**
 * A whole hub in a JVM of its own (the same java and classpath as the test, without the test classes), started with
 * command-line settings and stopped with SIGKILL. Its console output goes to a file under {@code target/}.
 */
final class HubProcess implements AutoCloseable {

    final String name;
    final int port;
    final Path log;
    final HubHttp http;
    private final Process process;

    private HubProcess(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
        this.http = new HubHttp(port);
    }

    static HubProcess start(String name, Map<String, String> settings, Path logDirectory) {
        int port = HubTestPort.freePort();
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-cp", hubClasspath(), ChannelHubApplication.class.getName()));
        command.add("--server.port=" + port);
        command.add("--hub.public-base-url=http://localhost:" + port);
        settings.forEach((key, value) -> command.add("--" + key + "=" + value));
        try {
            Files.createDirectories(logDirectory);
            Path log = logDirectory.resolve(name + ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .start();
            return new HubProcess(name, port, log, process);
        } catch (IOException e) {
            throw new UncheckedIOException("hub " + name + " could not be started", e);
        }
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Whether the hub's overall health is UP (its Camel routes started, its database reachable). */
    boolean isUp() {
        if (!process.isAlive()) {
            throw new AssertionError("hub " + name + " exited with " + process.exitValue() + "; see " + log);
        }
        try {
            HubHttp.Response health = http.get("/actuator/health", null);
            return health.status() == 200 && "UP".equals(health.json().path("status").asText());
        } catch (AssertionError notYetListening) {
            return false;
        }
    }

    /**
     * {@code kill -9}: the JVM gets no chance to run shutdown hooks, finish exchanges or release its claims.
     * ({@link Process#destroyForcibly()} sends SIGTERM on some JDKs.)
     */
    void killHard() throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-9", Long.toString(process.pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new AssertionError("kill -9 " + process.pid() + " failed");
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("hub " + name + " still running after kill -9");
        }
    }

    String output() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    }

    /**
     * The test's classpath without the test classes (a test's configuration classes would be component-scanned
     * into the hub). Surefire and failsafe may hand the test a single manifest-only jar: its Class-Path is read.
     */
    static String hubClasspath() {
        List<String> entries = new ArrayList<>(Arrays.asList(System.getProperty("java.class.path")
                .split(File.pathSeparator)));
        if (entries.size() == 1 && entries.get(0).endsWith(".jar")) {
            entries = manifestClassPath(Path.of(entries.get(0)));
        }
        return String.join(File.pathSeparator, entries.stream()
                .filter(entry -> !Path.of(entry).endsWith("test-classes")).toList());
    }

    private static List<String> manifestClassPath(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            if (classPath == null) {
                return List.of(jar.toString());
            }
            List<String> entries = new ArrayList<>();
            for (String entry : classPath.trim().split("\\s+")) {
                URI uri = jar.toUri().resolve(entry);
                entries.add(Path.of(uri).toString());
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


}
