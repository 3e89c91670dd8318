package org.clinicportal.illustration;

/** A place in a drawing, in its own units: x to the right, y up from the floor. */
public record Point(double x, double y) {

    /** The point at the end of a segment of this length leaving here at this angle (0° right, 90° up). */
    Point towards(double length, double degrees) {
        double radians = Math.toRadians(degrees);
        return new Point(x + length * Math.cos(radians), y + length * Math.sin(radians));
    }

    Point shifted(double dx, double dy) {
        return new Point(x + dx, y + dy);
    }

    Point midpoint(Point other) {
        return new Point((x + other.x) / 2, (y + other.y) / 2);
    }
}
