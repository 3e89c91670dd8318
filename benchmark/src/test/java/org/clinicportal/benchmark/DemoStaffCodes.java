package org.clinicportal.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The demo staff's second factor for the benchmark: the current one-time code of their shared demo key
 * (docker/keycloak/demo), and the local realm's permission to take a code more than once while the benchmark
 * runs — its virtual staff sign in several times within one 30-second step, which the realm otherwise
 * refuses as a replay. The realm is set back to its strict policy when the run ends.
 */
final class DemoStaffCodes {

    private static final byte[] DEMO_KEY = "clinic-portal-demo-second-factor".getBytes(StandardCharsets.UTF_8);
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");
    private static final String OTP_POLICY = """
            {"otpPolicyType": "totp", "otpPolicyAlgorithm": "HmacSHA1", "otpPolicyDigits": 6, "otpPolicyPeriod": 30,
             "otpPolicyLookAheadWindow": 1, "otpPolicyInitialCounter": 0, "otpPolicyCodeReusable": %s}""";

    private DemoStaffCodes() {}

    /** The code an authenticator app with the demo key shows now (RFC 6238, HMAC-SHA1, 6 digits, 30 s). */
    static String now() {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(DEMO_KEY, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8)
                    .putLong(Instant.now().getEpochSecond() / 30)
                    .array());
            int offset = hash[hash.length - 1] & 0xf;
            return String.format("%06d", (ByteBuffer.wrap(hash, offset, 4).getInt() & 0x7fffffff) % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
        }
    }

    /** Lets (or no longer lets) the local realm take a code twice, as Keycloak's local administrator. */
    static void reusable(String keycloak, boolean reusable) {
        HttpClient http = HttpClient.newHttpClient();
        try {
            HttpResponse<String> token = http.send(
                    HttpRequest.newBuilder(URI.create(keycloak + "/realms/master/protocol/openid-connect/token"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "grant_type=password&client_id=admin-cli&username=admin&password=admin"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher accessToken = ACCESS_TOKEN.matcher(token.body());
            if (!accessToken.find()) {
                throw new IllegalStateException(
                        "Keycloak's local administrator cannot sign in at " + keycloak + ": " + token.body());
            }
            HttpResponse<String> updated = http.send(
                    HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/clinic-portal"))
                            .header("Authorization", "Bearer " + accessToken.group(1))
                            .header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString(OTP_POLICY.formatted(reusable)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (updated.statusCode() != 204) {
                throw new IllegalStateException("Keycloak refused the one-time code policy: " + updated.statusCode());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak does not answer at " + keycloak + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
