package org.clinicportal.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A file's kind is told by its first bytes, whatever it is called; a disguised or unknown file is none. */
class MediaTypeTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 3, 9, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void eachKindIsKnownByItsSignature() {
        assertEquals(
                Optional.of(MediaType.PNG), MediaType.sniff(bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0)));
        assertEquals(Optional.of(MediaType.JPEG), MediaType.sniff(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10)));
        assertEquals(Optional.of(MediaType.WEBP), MediaType.sniff(ascii("RIFF\0\0\0\0WEBPVP8 ")));
        assertEquals(Optional.of(MediaType.MP4), MediaType.sniff(ascii("\0\0\0\u0018ftypisom\0\0\0\0")));
        assertEquals(
                Optional.of(MediaType.WEBM),
                MediaType.sniff(concat(bytes(0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x82, 0x84), ascii("webm"))));
    }

    @Test
    void aFileIsNotWhatItsNameSaysButWhatItIs() {
        assertEquals(Optional.empty(), MediaType.sniff(ascii("%PDF-1.7 pretending to be clip.mp4")));
        assertEquals(Optional.empty(), MediaType.sniff(ascii("<svg xmlns=\"http://www.w3.org/2000/svg\"/>")));
        assertEquals(Optional.empty(), MediaType.sniff(ascii("\0\0\0\u0018ftypheic\0\0\0\0")), "a HEIC photo");
        assertEquals(Optional.empty(), MediaType.sniff(bytes(0x1a, 0x45, 0xdf, 0xa3, 0x9f)), "Matroska, not WebM");
        assertEquals(Optional.empty(), MediaType.sniff(new byte[0]));
    }

    @Test
    void aPictureIsAtMostFiveMegabytesAndAVideoFifty() {
        byte[] png = Arrays.copyOf(bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'), MediaType.MAX_PICTURE_BYTES + 1);
        assertThrows(IllegalArgumentException.class, () -> new ExerciseMedium("northside", 12, png, "pt", NOW));
        byte[] mp4 = Arrays.copyOf(ascii("\0\0\0\u0018ftypmp42"), MediaType.MAX_PICTURE_BYTES + 1);
        ExerciseMedium video = new ExerciseMedium("northside", 12, mp4, "pt", NOW);
        assertEquals(MediaType.MP4, video.mediaType());
        assertEquals(MediaType.MAX_PICTURE_BYTES + 1, video.sizeBytes());
        assertThrows(IllegalArgumentException.class, () -> video.replace(ascii("plain text"), "pt", NOW));
        assertEquals(MediaType.MP4, video.mediaType(), "a refused replacement changes nothing");
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
