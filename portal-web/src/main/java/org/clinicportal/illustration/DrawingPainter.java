package org.clinicportal.illustration;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;

/** Paints a drawing on a Java 2D canvas, such as a PDF page's, in the line style its SVG has. */
public final class DrawingPainter {

    private DrawingPainter() {}

    /** Paints the drawing scaled to this width, from the canvas's origin. */
    public static void paint(Drawing drawing, Graphics2D canvas, double width) {
        Graphics2D g = (Graphics2D) canvas.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            double scale = width / drawing.width();
            g.scale(scale, scale);
            for (Shape shape : drawing.shapes()) {
                g.setColor(new Color(shape.ink().rgb()));
                g.setStroke(
                        new BasicStroke((float) shape.ink().width(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                if (shape instanceof Shape.Circle circle) {
                    Ellipse2D outline = new Ellipse2D.Double(
                            circle.centre().x() - circle.radius(),
                            circle.centre().y() - circle.radius(),
                            2 * circle.radius(),
                            2 * circle.radius());
                    if (circle.filled()) {
                        g.fill(outline);
                    }
                    g.draw(outline);
                } else {
                    Shape.Path path = (Shape.Path) shape;
                    Path2D line = new Path2D.Double();
                    line.moveTo(path.points().get(0).x(), path.points().get(0).y());
                    path.points().stream().skip(1).forEach(point -> line.lineTo(point.x(), point.y()));
                    if (path.closed()) {
                        line.closePath();
                    }
                    g.draw(line);
                }
            }
        } finally {
            g.dispose();
        }
    }
}
