package org.clinicportal.intake;

/** A measure taken on both sides; either may be missing. */
public record Sides<T>(T left, T right) {

    public static <T> Sides<T> none() {
        return new Sides<>(null, null);
    }

    boolean either(T value) {
        return value.equals(left) || value.equals(right);
    }
}
