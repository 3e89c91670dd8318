package org.clinicportal.illustration;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * An exercise's drawing: its start and end position side by side with an arrow between them, or one position for
 * what is held rather than moved (an ice pack, a pillow). Both positions share one scale and one floor, so that a
 * figure never looks bigger at the end than at the start.
 */
public final class Drawing {

    static final double PANEL_WIDTH = 200;
    static final double HEIGHT = 176;
    private static final double GAP = 60;
    private static final double FLOOR = 168;
    private static final double ROOM_ACROSS = 186;
    private static final double ROOM_UP = 160;

    private final View view;
    private final Pose start;
    private final Pose end;
    private final List<Prop> props;

    /** @param end the end position, or null when the exercise holds one position */
    Drawing(View view, Pose start, Pose end, List<Prop> props) {
        this.view = Objects.requireNonNull(view, "view");
        this.start = Objects.requireNonNull(start, "start");
        this.end = end;
        this.props = List.copyOf(props);
    }

    public boolean isHeld() {
        return end == null;
    }

    public double width() {
        return isHeld() ? PANEL_WIDTH : 2 * PANEL_WIDTH + GAP;
    }

    public double height() {
        return HEIGHT;
    }

    /** The drawing's shapes in page units, x to the right and y down, as SVG and Java 2D count. */
    public List<Shape> shapes() {
        List<List<Shape>> panels = new ArrayList<>();
        panels.add(panel(start));
        if (!isHeld()) {
            panels.add(panel(end));
        }
        double widest = 0;
        double highest = 0;
        for (List<Shape> panel : panels) {
            widest = Math.max(widest, right(panel) - left(panel));
            highest = Math.max(highest, top(panel));
        }
        double scale = Math.min(1, Math.min(ROOM_ACROSS / widest, ROOM_UP / highest));
        List<Shape> page = new ArrayList<>();
        for (int i = 0; i < panels.size(); i++) {
            List<Shape> panel = panels.get(i);
            double origin = i * (PANEL_WIDTH + GAP);
            double centre = (left(panel) + right(panel)) / 2;
            page.add(new Shape.Path(
                    List.of(new Point(origin + 4, FLOOR + 2), new Point(origin + PANEL_WIDTH - 4, FLOOR + 2)),
                    false,
                    Shape.Ink.PROP));
            UnaryOperator<Point> onPage = point ->
                    new Point(origin + PANEL_WIDTH / 2 + (point.x() - centre) * scale, FLOOR - point.y() * scale);
            panel.forEach(shape -> page.add(placed(shape, onPage, scale)));
        }
        if (!isHeld()) {
            double from = PANEL_WIDTH + 8;
            double to = PANEL_WIDTH + GAP - 8;
            double middle = HEIGHT / 2;
            page.add(new Shape.Path(List.of(new Point(from, middle), new Point(to, middle)), false, Shape.Ink.ACCENT));
            page.add(new Shape.Path(
                    List.of(new Point(to - 9, middle - 8), new Point(to, middle), new Point(to - 9, middle + 8)),
                    false,
                    Shape.Ink.ACCENT));
        }
        return page;
    }

    private List<Shape> panel(Pose pose) {
        Figure figure = new Figure(pose, view);
        List<Shape> shapes = new ArrayList<>();
        props.forEach(prop -> shapes.addAll(prop.shapes(figure)));
        shapes.addAll(figure.shapes());
        return shapes;
    }

    private static Shape placed(Shape shape, UnaryOperator<Point> onPage, double scale) {
        if (shape instanceof Shape.Circle circle) {
            return new Shape.Circle(
                    onPage.apply(circle.centre()), circle.radius() * scale, circle.filled(), circle.ink());
        }
        Shape.Path path = (Shape.Path) shape;
        return new Shape.Path(path.points().stream().map(onPage).toList(), path.closed(), path.ink());
    }

    private static double left(List<Shape> shapes) {
        return extremes(shapes, true, false);
    }

    private static double right(List<Shape> shapes) {
        return extremes(shapes, true, true);
    }

    private static double top(List<Shape> shapes) {
        return extremes(shapes, false, true);
    }

    private static double extremes(List<Shape> shapes, boolean across, boolean highest) {
        double found = highest ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        for (Shape shape : shapes) {
            List<Point> points;
            if (shape instanceof Shape.Circle circle) {
                double r = highest ? circle.radius() : -circle.radius();
                points = List.of(circle.centre().shifted(r, r));
            } else {
                points = ((Shape.Path) shape).points();
            }
            for (Point point : points) {
                double value = across ? point.x() : point.y();
                found = highest ? Math.max(found, value) : Math.min(found, value);
            }
        }
        return found;
    }
}
