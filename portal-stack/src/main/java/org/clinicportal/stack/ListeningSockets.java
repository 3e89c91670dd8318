package org.clinicportal.stack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The TCP sockets a process listens on, as Linux shows them in /proc: each as "address:port", an IPv4-mapped
 * IPv6 address written as IPv4, and listening on every interface written as "*".
 */
public final class ListeningSockets {

    private static final String LISTEN = "0A";

    private ListeningSockets() {}

    public static Set<String> of(ProcessHandle process) {
        Path proc = Path.of("/proc", Long.toString(process.pid()));
        try {
            Set<String> inodes = socketInodes(proc.resolve("fd"));
            Set<String> sockets = new TreeSet<>();
            for (String table : List.of("tcp", "tcp6")) {
                List<String> lines = Files.readAllLines(proc.resolve("net").resolve(table));
                for (String line : lines.subList(1, lines.size())) {
                    String[] fields = line.trim().split("\\s+");
                    if (fields[3].equals(LISTEN) && inodes.contains(fields[9])) {
                        sockets.add(address(fields[1]));
                    }
                }
            }
            return sockets;
        } catch (IOException e) {
            throw new StackException("Cannot read the sockets of process " + process.pid() + ": " + e.getMessage(), e);
        }
    }

    private static Set<String> socketInodes(Path fds) throws IOException {
        try (Stream<Path> links = Files.list(fds)) {
            return links.map(ListeningSockets::target)
                    .filter(target -> target.startsWith("socket:["))
                    .map(target -> target.substring("socket:[".length(), target.length() - 1))
                    .collect(Collectors.toSet());
        }
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "";
        }
    }

    /** "0100007F:1F90" or the 32-digit IPv6 form: the kernel writes each 32-bit word of the address little-endian. */
    private static String address(String local) {
        String[] parts = local.split(":");
        byte[] bytes = HexFormat.of().parseHex(parts[0]);
        for (int word = 0; word < bytes.length; word += 4) {
            for (int i = 0; i < 2; i++) {
                byte swap = bytes[word + i];
                bytes[word + i] = bytes[word + 3 - i];
                bytes[word + 3 - i] = swap;
            }
        }
        int port = Integer.parseInt(parts[1], 16);
        try {
            InetAddress address = InetAddress.getByAddress(bytes);
            return (address.isAnyLocalAddress() ? "*" : address.getHostAddress()) + ":" + port;
        } catch (UnknownHostException e) {
            throw new IllegalStateException("The kernel wrote an address of " + bytes.length + " bytes", e);
        }
    }
}
