package org.clinicportal.stack;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The development mail server: GreenMail on 127.0.0.1, which accepts every message for any address and keeps it
 * for reading through its API (and its web page) instead of delivering it. Keycloak and the portal send through
 * it; production names a real SMTP server with PORTAL_SMTP_HOST, and then none starts.
 */
final class MailServer implements AutoCloseable {

    private final ServerProcess process;

    private MailServer(ServerProcess process) {
        this.process = process;
    }

    static MailServer start(StackSettings settings) {
        if (settings.externalSmtpHost().isPresent()) {
            return new MailServer(null);
        }
        ServerProcess.requireFreePort(settings.smtpPort(), "The mail server (SMTP)", "PORTAL_SMTP_PORT");
        ServerProcess.requireFreePort(settings.mailApiPort(), "The mail server's web page", "PORTAL_MAIL_WEB_PORT");
        ServerProcess process = ServerProcess.start(
                "GreenMail",
                List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Dgreenmail.smtp.hostname=127.0.0.1",
                        "-Dgreenmail.smtp.port=" + settings.smtpPort(),
                        "-Dgreenmail.api.hostname=127.0.0.1",
                        "-Dgreenmail.api.port=" + settings.mailApiPort(),
                        "-Dgreenmail.auth.disabled",
                        "-jar",
                        settings.mailJar().toString()),
                Map.of(),
                settings.dir(),
                settings.logs().resolve("mail.log"));
        MailServer server = new MailServer(process);
        process.awaitReady(
                URI.create(settings.mailApiUrl() + "/api/service/readiness"),
                Duration.ofSeconds(60),
                List.of("Exception in thread"));
        return server;
    }

    @Override
    public void close() {
        if (process != null) {
            process.close();
        }
    }
}
