package org.clinicportal.program;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * What a clinic may upload for an exercise, told by the file's first bytes and never by its name: a PNG, JPEG or WebP
 * picture of at most 5 MB, or an MP4 or WebM video of at most 50 MB.
 */
public enum MediaType {
    PNG("image/png", false),
    JPEG("image/jpeg", false),
    WEBP("image/webp", false),
    MP4("video/mp4", true),
    WEBM("video/webm", true);

    public static final int MAX_PICTURE_BYTES = 5 * 1024 * 1024;
    public static final int MAX_VIDEO_BYTES = 50 * 1024 * 1024;

    /** The first bytes that {@link #sniff} reads. */
    public static final int HEAD_BYTES = 64;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] EBML = {0x1a, 0x45, (byte) 0xdf, (byte) 0xa3};
    /** The MP4 brands of video files; HEIC and AVIF pictures share the container but not these. */
    private static final Set<String> VIDEO_BRANDS =
            Set.of("isom", "iso2", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1", "M4V ", "dash", "MSNV");

    private final String contentType;
    private final boolean video;

    MediaType(String contentType, boolean video) {
        this.contentType = contentType;
        this.video = video;
    }

    public String contentType() {
        return contentType;
    }

    public boolean isVideo() {
        return video;
    }

    public int maxBytes() {
        return video ? MAX_VIDEO_BYTES : MAX_PICTURE_BYTES;
    }

    /** The type of a file from its first bytes; empty for anything else, whatever its name says. */
    public static Optional<MediaType> sniff(byte[] content) {
        byte[] head = Arrays.copyOf(content, Math.min(content.length, HEAD_BYTES));
        if (startsWith(head, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (head.length >= 3 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xd8 && (head[2] & 0xff) == 0xff) {
            return Optional.of(JPEG);
        }
        if (ascii(head, 0, 4).equals("RIFF") && ascii(head, 8, 4).equals("WEBP")) {
            return Optional.of(WEBP);
        }
        if (ascii(head, 4, 4).equals("ftyp") && VIDEO_BRANDS.contains(ascii(head, 8, 4))) {
            return Optional.of(MP4);
        }
        if (startsWith(head, EBML) && new String(head, StandardCharsets.ISO_8859_1).contains("webm")) {
            return Optional.of(WEBM);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] head, byte[] signature) {
        return head.length >= signature.length && Arrays.equals(Arrays.copyOf(head, signature.length), signature);
    }

    private static String ascii(byte[] head, int from, int length) {
        return head.length < from + length ? "" : new String(head, from, length, StandardCharsets.ISO_8859_1);
    }
}
