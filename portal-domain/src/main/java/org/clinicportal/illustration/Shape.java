package org.clinicportal.illustration;

import java.util.List;

/** What a drawing is made of, for any medium: an SVG for pages, a PDF's canvas for the handout. */
public sealed interface Shape {

    /**
     * How a shape is stroked, the one line style of every drawing: the figure's near side, its far side, a prop, or
     * what the exercise works against (a band, a weight) and the arrow from start to end.
     */
    enum Ink {
        FIGURE(0x1d3b53, 6),
        FAR(0x9fb1c2, 6),
        PROP(0x8a94a6, 3),
        ACCENT(0x0b6e4f, 4);

        private final int rgb;
        private final double width;

        Ink(int rgb, double width) {
            this.rgb = rgb;
            this.width = width;
        }

        public int rgb() {
            return rgb;
        }

        public double width() {
            return width;
        }
    }

    Ink ink();

    /** Joined line segments, open or closed. */
    record Path(List<Point> points, boolean closed, Ink ink) implements Shape {
        public Path {
            points = List.copyOf(points);
        }
    }

    record Circle(Point centre, double radius, boolean filled, Ink ink) implements Shape {}
}
