package org.clinicportal.stack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A self-signed certificate for 127.0.0.1, made with openssl for one test run, as an operator supplies theirs
 * to HAProxy (certificate and key in one PEM file); and a TLS context that trusts exactly this certificate.
 */
public final class SelfSignedCertificate {

    private final Path certificate;
    private final Path haproxyPem;

    private SelfSignedCertificate(Path certificate, Path haproxyPem) {
        this.certificate = certificate;
        this.haproxyPem = haproxyPem;
    }

    /** Makes a new key and certificate in the directory, valid for a day. */
    public static SelfSignedCertificate create(Path dir) {
        try {
            dir = Files.createDirectories(dir).toAbsolutePath();
            Path key = dir.resolve("portal.key");
            Path certificate = dir.resolve("portal.crt");
            Process openssl = new ProcessBuilder(
                            "openssl",
                            "req",
                            "-x509",
                            "-newkey",
                            "rsa:2048",
                            "-nodes",
                            "-days",
                            "1",
                            "-subj",
                            "/CN=127.0.0.1",
                            "-addext",
                            "subjectAltName=IP:127.0.0.1",
                            "-keyout",
                            key.toString(),
                            "-out",
                            certificate.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("openssl.log").toFile())
                    .start();
            if (!openssl.waitFor(60, TimeUnit.SECONDS) || openssl.exitValue() != 0) {
                throw new StackException(
                        "openssl could not make a test certificate: see " + dir.resolve("openssl.log"));
            }
            Path pem = dir.resolve("portal.pem");
            Files.write(pem, List.of(Files.readString(certificate), Files.readString(key)));
            return new SelfSignedCertificate(certificate, pem);
        } catch (IOException e) {
            throw new StackException("Cannot make a test certificate (is openssl installed?): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted while making a test certificate", e);
        }
    }

    Path haproxyPem() {
        return haproxyPem;
    }

    /** A TLS context whose only trusted certificate is this one. */
    public SSLContext trustingIt() {
        try (InputStream in = Files.newInputStream(certificate)) {
            Certificate cert = CertificateFactory.getInstance("X.509").generateCertificate(in);
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            trusted.setCertificateEntry("portal", cert);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new StackException("Cannot read the test certificate " + certificate + ": " + e.getMessage(), e);
        }
    }
}
