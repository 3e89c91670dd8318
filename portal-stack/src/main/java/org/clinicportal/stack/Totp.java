package org.clinicportal.stack;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One-time codes as an authenticator app computes them (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits, the
 * realm's OTP policy), for the demo staff's second factor and for enrolling new staff in the tests.
 */
public final class Totp {

    /** The demo staff's key, as Keycloak stores it (docker/keycloak/demo): its UTF-8 bytes are the HMAC key. */
    public static final String DEMO_KEY = "clinic-portal-demo-second-factor";

    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

    private Totp() {}

    /** The code of the current 30-second step for a key as Keycloak stores it. */
    public static String code(String key) {
        return code(key.getBytes(StandardCharsets.UTF_8), Instant.now());
    }

    /** The code of a key given in Base32, as Keycloak shows it to a user enrolling an app. */
    public static String codeForBase32(String base32) {
        return code(decodeBase32(base32), Instant.now());
    }

    /** A key in Base32, as an authenticator app takes it. */
    public static String base32(String key) {
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        StringBuilder text = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                text.append(BASE32[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        if (bits > 0) {
            text.append(BASE32[(buffer << (5 - bits)) & 31]);
        }
        return text.toString();
    }

    static String code(byte[] key, Instant at) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            byte[] hash = mac.doFinal(
                    ByteBuffer.allocate(8).putLong(at.getEpochSecond() / 30).array());
            int offset = hash[hash.length - 1] & 0xf;
            int value = (ByteBuffer.wrap(hash, offset, 4).getInt() & 0x7fffffff) % 1_000_000;
            return String.format("%06d", value);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
        }
    }

    private static byte[] decodeBase32(String text) {
        String clean = text.replaceAll("[\\s=]", "").toUpperCase();
        ByteBuffer bytes = ByteBuffer.allocate(clean.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (char c : clean.toCharArray()) {
            int value = c >= 'A' && c <= 'Z' ? c - 'A' : c - '2' + 26;
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                bytes.put((byte) (buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return bytes.array();
    }
}
