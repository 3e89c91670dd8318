package org.clinicportal.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/** A server the stack started as a child process, with its output in a log file. */
final class ServerProcess implements AutoCloseable {

    /**
     * HTTP/1.1, as HAProxy speaks to the nodes: a check that timed out takes its connection with it. With the
     * client's default (HTTP/2 by cleartext upgrade) every check shares one connection; once, a restarted node
     * answered HAProxy's checks for two minutes while none of these reached it.
     */
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final String name;
    private final Process process;
    private final Path log;

    private ServerProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    static ServerProcess start(
            String name, List<String> command, Map<String, String> environment, Path workDir, Path log) {
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            return new ServerProcess(name, builder.start(), log);
        } catch (IOException e) {
            throw new StackException("Cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    /** Fails with a readable message when something else already listens where a server of the stack should. */
    static void requireFreePort(int port, String what, String variable) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new StackException(
                    "Port " + port + " for " + what + " is already in use on 127.0.0.1. Stop the program "
                            + "using it, or choose another port with " + variable + ".");
        }
    }

    /**
     * Waits until the URL answers 200, the process dies, its log shows one of the failure
     * markers, or the time is up.
     */
    void awaitReady(URI url, Duration timeout, List<String> failureMarkers) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new StackException(name + " stopped while starting (exit code " + process.exitValue() + "). "
                        + "Its log, " + log + ", ends with:\n" + tail());
            }
            String failure = firstLineWith(failureMarkers);
            if (failure != null) {
                throw new StackException(name + " failed to start: " + failure + "\nSee " + log + " for the details.");
            }
            if (answers(url)) {
                return;
            }
            sleep();
        }
        throw new StackException(name + " did not become ready within " + timeout.toSeconds() + " s. See " + log
                + ", which ends with:\n" + tail());
    }

    /** Waits until the log has a line with the marker, and returns that line; fails when the time is up. */
    String awaitLogLine(String marker, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            String line = firstLineWith(List.of(marker));
            if (line != null) {
                return line;
            }
            sleep();
        }
        throw new StackException(name + " logged no line with \"" + marker + "\" within " + timeout.toSeconds()
                + " s. See " + log + ", which ends with:\n" + tail());
    }

    long pid() {
        return process.pid();
    }

    static boolean answers(URI url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(url)
                    .timeout(Duration.ofSeconds(5))
                    .GET()
                    .build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted while waiting for a server", e);
        }
    }

    private String firstLineWith(List<String> markers) {
        if (markers.isEmpty()) {
            return null;
        }
        try (Stream<String> lines = Files.lines(log)) {
            return lines.filter(line -> markers.stream().anyMatch(line::contains))
                    .findFirst()
                    .orElse(null);
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 25), lines.size()));
        } catch (IOException e) {
            return "(log not readable: " + e.getMessage() + ")";
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted while waiting for a server", e);
        }
    }

    /** Kills the process at once, as a crashed machine or the kernel's OOM killer would: no shutdown hooks run. */
    void kill() {
        process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the process and everything it started, gently first. */
    @Override
    public void close() {
        ProcessHandle handle = process.toHandle();
        List<ProcessHandle> descendants = handle.descendants().toList();
        handle.destroy();
        descendants.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                handle.destroyForcibly();
            }
            for (ProcessHandle descendant : descendants) {
                descendant.onExit().get(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            handle.destroyForcibly();
        } catch (ExecutionException | TimeoutException e) {
            System.err.println(name + " did not stop within 30 s; stopping it forcibly.");
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
}
