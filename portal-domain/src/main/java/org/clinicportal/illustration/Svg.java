package org.clinicportal.illustration;

import java.util.Locale;

/** A drawing as an SVG document: round line ends and joins, no fill but for weights, sized by its view box. */
public final class Svg {

    private Svg() {}

    public static String of(Drawing drawing) {
        StringBuilder svg = new StringBuilder(4096)
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(number(drawing.width()))
                .append("\" height=\"")
                .append(number(drawing.height()))
                .append("\" viewBox=\"0 0 ")
                .append(number(drawing.width()))
                .append(' ')
                .append(number(drawing.height()))
                .append("\" fill=\"none\" stroke-linecap=\"round\" stroke-linejoin=\"round\">");
        for (Shape shape : drawing.shapes()) {
            if (shape instanceof Shape.Circle circle) {
                svg.append("<circle cx=\"")
                        .append(number(circle.centre().x()))
                        .append("\" cy=\"")
                        .append(number(circle.centre().y()))
                        .append("\" r=\"")
                        .append(number(circle.radius()))
                        .append('"');
                if (circle.filled()) {
                    svg.append(" fill=\"").append(colour(circle.ink())).append('"');
                }
            } else {
                Shape.Path path = (Shape.Path) shape;
                svg.append(path.closed() ? "<polygon" : "<polyline").append(" points=\"");
                for (Point point : path.points()) {
                    svg.append(number(point.x()))
                            .append(',')
                            .append(number(point.y()))
                            .append(' ');
                }
                svg.setLength(svg.length() - 1);
                svg.append('"');
            }
            svg.append(" stroke=\"")
                    .append(colour(shape.ink()))
                    .append("\" stroke-width=\"")
                    .append(number(shape.ink().width()))
                    .append("\"/>");
        }
        return svg.append("</svg>").toString();
    }

    private static String colour(Shape.Ink ink) {
        return String.format(Locale.ROOT, "#%06x", ink.rgb());
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
