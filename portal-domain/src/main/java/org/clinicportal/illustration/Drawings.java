package org.clinicportal.illustration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The drawings of the shared library, by exercise id, read once from {@code drawings.txt}: a line per exercise,
 * {@code id | view | start | end | props}, with {@code -} for a held position or no props.
 */
public final class Drawings {

    private static final Map<Long, Drawing> BY_EXERCISE = read();

    private Drawings() {}

    public static Optional<Drawing> of(long exerciseId) {
        return Optional.ofNullable(BY_EXERCISE.get(exerciseId));
    }

    public static Set<Long> exerciseIds() {
        return BY_EXERCISE.keySet();
    }

    private static Map<Long, Drawing> read() {
        Map<Long, Drawing> drawings = new HashMap<>();
        try (InputStream in = Drawings.class.getResourceAsStream("drawings.txt");
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\\|", -1);
                if (fields.length != 5) {
                    throw new IllegalStateException("drawings.txt line " + number + " has not 5 fields: " + line);
                }
                long id = Long.parseLong(fields[0].strip());
                Drawing drawing = new Drawing(
                        View.valueOf(fields[1].strip().toUpperCase()),
                        Pose.parse(fields[2]),
                        fields[3].isBlank() || fields[3].strip().equals("-") ? null : Pose.parse(fields[3]),
                        props(fields[4]));
                if (drawings.put(id, drawing) != null) {
                    throw new IllegalStateException("drawings.txt draws exercise " + id + " twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(drawings);
    }

    private static List<Prop> props(String field) {
        String text = field.strip();
        if (text.isEmpty() || text.equals("-")) {
            return List.of();
        }
        return Arrays.stream(text.split("\\s+")).map(Prop::parse).toList();
    }
}
