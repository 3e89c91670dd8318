package org.clinicportal.illustration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What an exercise uses besides the body, drawn where the figure's joints put it: {@code box:ANKLE} is a step under
 * the near foot, {@code band:ANKLE:ANKLE2} a band between the ankles, {@code water:40} a water line at that height.
 */
final class Prop {

    private enum Kind {
        MAT(0),
        BOX(1),
        BENCH(1),
        CHAIR(1),
        WALL(1),
        BAND(2),
        ROLLER(1),
        BALL(1),
        SQUEEZE(2),
        WEIGHT(1),
        PLATE(1),
        PACK(1),
        PILLOW(2),
        CUP(1),
        BIKE(2),
        SLED(1),
        WATER(-1);

        private final int joints;

        Kind(int joints) {
            this.joints = joints;
        }
    }

    private final Kind kind;
    private final List<Joint> joints;
    private final double level;

    private Prop(Kind kind, List<Joint> joints, double level) {
        this.kind = kind;
        this.joints = joints;
        this.level = level;
    }

    /** @throws IllegalArgumentException for an unknown prop or joint, or a wrong count of joints */
    static Prop parse(String text) {
        String[] parts = text.split(":");
        Kind kind = Kind.valueOf(parts[0].toUpperCase());
        List<String> rest = Arrays.asList(parts).subList(1, parts.length);
        if (kind.joints < 0) {
            if (rest.size() != 1) {
                throw new IllegalArgumentException(kind + " takes a height: " + text);
            }
            return new Prop(kind, List.of(), Double.parseDouble(rest.get(0)));
        }
        if (rest.size() != kind.joints) {
            throw new IllegalArgumentException(kind + " takes " + kind.joints + " joints: " + text);
        }
        return new Prop(kind, rest.stream().map(Joint::valueOf).toList(), 0);
    }

    /** The prop's shapes beside this figure, in the figure's units (y up from the floor). */
    List<Shape> shapes(Figure figure) {
        Point first = joints.isEmpty() ? null : figure.at(joints.get(0));
        Point second = joints.size() < 2 ? null : figure.at(joints.get(1));
        List<Shape> shapes = new ArrayList<>();
        switch (kind) {
            case MAT:
                double left =
                        figure.extent().stream().mapToDouble(Point::x).min().orElse(0) - 8;
                double right =
                        figure.extent().stream().mapToDouble(Point::x).max().orElse(0) + 8;
                shapes.add(box(left, right, 0, 3, Shape.Ink.PROP));
                break;
            case BOX:
                shapes.add(box(first.x() - 22, first.x() + 22, 0, first.y() - 4, Shape.Ink.PROP));
                break;
            case BENCH:
                shapes.add(box(first.x() - 34, first.x() + 34, 0, first.y() - 4, Shape.Ink.PROP));
                break;
            case CHAIR:
                double seat = first.y() - 4;
                shapes.add(path(Shape.Ink.PROP, p(first.x() - 22, seat + 42), p(first.x() - 22, 0)));
                shapes.add(
                        path(Shape.Ink.PROP, p(first.x() - 22, seat), p(first.x() + 20, seat), p(first.x() + 20, 0)));
                break;
            case WALL:
                shapes.add(path(Shape.Ink.PROP, p(first.x() + 5, 0), p(first.x() + 5, 160)));
                break;
            case BAND:
                shapes.add(path(Shape.Ink.ACCENT, first, second));
                break;
            case ROLLER:
                double roller = (first.y() - 3) / 2;
                shapes.add(new Shape.Circle(p(first.x(), roller), roller, false, Shape.Ink.PROP));
                break;
            case BALL:
                double ball = (first.y() - 3) / 2;
                shapes.add(new Shape.Circle(p(first.x() + ball * 0.3, ball), ball, false, Shape.Ink.PROP));
                break;
            case SQUEEZE:
                shapes.add(new Shape.Circle(first.midpoint(second), 7, false, Shape.Ink.ACCENT));
                break;
            case WEIGHT:
                shapes.add(new Shape.Circle(first.shifted(0, -9), 7, true, Shape.Ink.ACCENT));
                break;
            case PLATE:
                shapes.add(new Shape.Circle(first.shifted(0, 14), 13, false, Shape.Ink.ACCENT));
                break;
            case PACK:
                shapes.add(box(first.x() - 12, first.x() + 12, first.y() + 4, first.y() + 11, Shape.Ink.ACCENT));
                break;
            case PILLOW:
                Point middle = first.midpoint(second);
                shapes.add(box(middle.x() - 14, middle.x() + 14, middle.y() - 4, middle.y() + 4, Shape.Ink.PROP));
                break;
            case CUP:
                shapes.add(new Shape.Path(
                        List.of(
                                first.shifted(-5, 12),
                                first.shifted(5, 12),
                                first.shifted(3, -2),
                                first.shifted(-3, -2)),
                        true,
                        Shape.Ink.ACCENT));
                break;
            case BIKE:
                double front = second.x() + 4;
                shapes.add(new Shape.Circle(p(first.x() - 40, 20), 20, false, Shape.Ink.PROP));
                shapes.add(new Shape.Circle(p(front, 20), 20, false, Shape.Ink.PROP));
                shapes.add(path(
                        Shape.Ink.PROP,
                        p(first.x() - 40, 20),
                        p(first.x(), first.y() - 5),
                        p(first.x() + 10, 20),
                        p(front, 20),
                        p(second.x(), second.y())));
                break;
            case SLED:
                shapes.add(path(Shape.Ink.PROP, first.shifted(6, -18), first.shifted(6, 22)));
                shapes.add(path(Shape.Ink.PROP, first.shifted(6, 2), first.shifted(40, 2)));
                break;
            case WATER:
                double from =
                        figure.extent().stream().mapToDouble(Point::x).min().orElse(0) - 10;
                double to = figure.extent().stream().mapToDouble(Point::x).max().orElse(0) + 10;
                List<Point> wave = new ArrayList<>();
                for (int step = 0; from + step * 10 <= to; step++) {
                    wave.add(p(from + step * 10, level + (step % 2 == 0 ? 0 : 4)));
                }
                shapes.add(new Shape.Path(wave, false, Shape.Ink.PROP));
                break;
            default:
                throw new IllegalStateException("No drawing for " + kind);
        }
        return shapes;
    }

    private static Shape box(double left, double right, double bottom, double top, Shape.Ink ink) {
        return new Shape.Path(List.of(p(left, bottom), p(right, bottom), p(right, top), p(left, top)), true, ink);
    }

    private static Shape path(Shape.Ink ink, Point... points) {
        return new Shape.Path(List.of(points), false, ink);
    }

    private static Point p(double x, double y) {
        return new Point(x, y);
    }
}
