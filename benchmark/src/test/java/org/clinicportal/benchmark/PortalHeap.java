package org.clinicportal.benchmark;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal node's live heap, as the JDK's jcmd reads it after full collections: the node is the Payara Micro
 * process on this machine serving the benchmark's address (the run command's single node).
 * <p>
 * One collection is not enough: every sign-in leaves behind the JAX-RS client that the OpenID Connect mechanism
 * builds for its token request and never closes (about 200 KB with its injection registry), and Jersey's client
 * runtime is reclaimed only after its finalizer ran, at the collection after the one that found it unreachable.
 * So the heap is read after collections until it stops shrinking.
 */
final class PortalHeap {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    private PortalHeap() {}

    /** Kilobytes in use once full collections no longer free any (at most five, a second apart). */
    static long liveKilobytes(String base) throws IOException, InterruptedException {
        long node = node(URI.create(base).getPort());
        long live = Long.MAX_VALUE;
        for (int collection = 0; collection < 5; collection++) {
            jcmd(node, "GC.run");
            long used = used(node);
            if (used >= live) {
                return live;
            }
            live = used;
            Thread.sleep(1000);
        }
        return live;
    }

    private static long used(long node) throws IOException, InterruptedException {
        Matcher used = USED.matcher(jcmd(node, "GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("jcmd gave no heap figure for " + node);
        }
        return Long.parseLong(used.group(1));
    }

    private static long node(int port) {
        return ProcessHandle.allProcesses()
                .filter(process -> process.info()
                        .commandLine()
                        .map(line -> line.contains("payara-micro") && line.contains("--port " + port + " "))
                        .orElse(false))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalStateException("No Payara Micro node on port " + port + " on this machine"))
                .pid();
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(pid), command)
                .redirectErrorStream(true)
                .start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (jcmd.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed: " + output);
        }
        return output;
    }
}
