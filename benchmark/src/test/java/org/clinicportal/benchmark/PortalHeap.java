package org.clinicportal.benchmark;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal node's live heap, as the JDK's jcmd reads it after a full collection: the node is the Payara Micro
 * process on this machine serving the benchmark's address (the run command's single node).
 */
final class PortalHeap {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    private PortalHeap() {
    }

    /** Kilobytes in use after a full collection. */
    static long liveKilobytes(String base) throws IOException, InterruptedException {
        long node = node(URI.create(base).getPort());
        jcmd(node, "GC.run");
        Matcher used = USED.matcher(jcmd(node, "GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("jcmd gave no heap figure for " + node);
        }
        return Long.parseLong(used.group(1));
    }

    private static long node(int port) {
        return ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine().map(line -> line.contains("payara-micro")
                        && line.contains("--port " + port + " ")).orElse(false))
                .findFirst().orElseThrow(() -> new IllegalStateException("No Payara Micro node on port " + port + " on this machine"))
                .pid();
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(pid), command)
                .redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (jcmd.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed: " + output);
        }
        return output;
    }
}
