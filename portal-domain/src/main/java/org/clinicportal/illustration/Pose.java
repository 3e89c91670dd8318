package org.clinicportal.illustration;

import java.util.HashMap;
import java.util.Map;

/**
 * A body position as the angles of its segments, each measured on its own from the right-hand horizontal,
 * counter-clockwise (90° up, 270° down): {@code T} the trunk from hip to neck, {@code H} the head's turn from the
 * trunk's line, {@code a1}/{@code a2} an arm's upper arm and forearm, {@code l1}/{@code l2} a leg's thigh, shin and
 * foot. What a pose leaves out stands: trunk up, arms and legs down, feet forward. {@code lift} raises the whole
 * figure off the floor (a step, a bench); otherwise its lowest point rests on it. {@code F} shortens the trunk, the
 * thighs and the shins to a fraction of their length, for a part that points at the viewer (all fours, from behind).
 */
public final class Pose {

    private static final Pose STANDING = new Pose(Map.of());

    private final Map<String, double[]> angles;

    private Pose(Map<String, double[]> angles) {
        this.angles = angles;
    }

    /**
     * @param text such as {@code T=90 a1=300,20 l1=270,270,0 lift=30}
     * @throws IllegalArgumentException for an unknown part or a wrong count of angles
     */
    public static Pose parse(String text) {
        Map<String, double[]> angles = new HashMap<>();
        for (String part : text.strip().split("\\s+")) {
            if (part.isEmpty()) {
                continue;
            }
            String[] nameAndValues = part.split("=", 2);
            if (nameAndValues.length != 2) {
                throw new IllegalArgumentException("A pose part is name=angles, not " + part);
            }
            String name = nameAndValues[0];
            String[] values = nameAndValues[1].split(",");
            int expected = expected(name);
            if (values.length != expected) {
                throw new IllegalArgumentException(name + " takes " + expected + " numbers, not " + part);
            }
            double[] numbers = new double[values.length];
            for (int i = 0; i < values.length; i++) {
                numbers[i] = Double.parseDouble(values[i]);
            }
            angles.put(name, numbers);
        }
        return new Pose(Map.copyOf(angles));
    }

    public static Pose standing() {
        return STANDING;
    }

    private static int expected(String name) {
        switch (name) {
            case "T":
            case "H":
            case "lift":
                return 1;
            case "a1":
            case "a2":
                return 2;
            case "l1":
            case "l2":
            case "F":
                return 3;
            default:
                throw new IllegalArgumentException("No such part of a pose: " + name);
        }
    }

    double trunk() {
        return angle("T", 0, 90);
    }

    double headTurn() {
        return angle("H", 0, 0);
    }

    double lift() {
        return angle("lift", 0, 0);
    }

    /** @param part 0 the trunk, 1 the thighs, 2 the shins: the fraction of its length that shows */
    double shown(int part) {
        return angle("F", part, 1);
    }

    /** @param limb "a1", "a2", "l1" or "l2"; segment 0 is the one nearest the body */
    double limb(String limb, int segment) {
        return angle(limb, segment, segment == 2 ? 0 : 270);
    }

    private double angle(String name, int index, double standing) {
        double[] values = angles.get(name);
        return values == null ? standing : values[index];
    }
}
