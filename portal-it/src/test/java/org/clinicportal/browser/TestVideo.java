package org.clinicportal.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jcodec.api.SequenceEncoder;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Picture;

/** A short real video to upload: H.264 in MP4, a bar crossing a grey field, its index written after the frames. */
final class TestVideo {

    private static final int WIDTH = 320;
    private static final int HEIGHT = 240;
    private static final int FRAMES_PER_SECOND = 10;

    private TestVideo() {}

    /** Writes a video of this many seconds into a new temporary file. */
    static Path mp4(int seconds) throws IOException {
        Path file = Files.createTempFile("exercise-", ".mp4");
        SequenceEncoder encoder = SequenceEncoder.createSequenceEncoder(file.toFile(), FRAMES_PER_SECOND);
        int frames = seconds * FRAMES_PER_SECOND;
        for (int frame = 0; frame < frames; frame++) {
            encoder.encodeNativeFrame(frame(frame * (WIDTH - 40) / frames));
        }
        encoder.finish();
        return file;
    }

    /** Grey with a green bar at x; jcodec keeps each colour value minus 128. */
    private static Picture frame(int x) {
        Picture picture = Picture.create(WIDTH, HEIGHT, ColorSpace.RGB);
        byte[] rgb = picture.getPlaneData(0);
        for (int row = 0; row < HEIGHT; row++) {
            for (int column = 0; column < WIDTH; column++) {
                boolean bar = column >= x && column < x + 40;
                int at = 3 * (row * WIDTH + column);
                rgb[at] = (byte) ((bar ? 11 : 220) - 128);
                rgb[at + 1] = (byte) ((bar ? 110 : 224) - 128);
                rgb[at + 2] = (byte) ((bar ? 79 : 228) - 128);
            }
        }
        return picture;
    }
}
