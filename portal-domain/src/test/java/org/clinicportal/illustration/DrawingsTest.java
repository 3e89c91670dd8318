package org.clinicportal.illustration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Every drawing of the library is well formed, stays inside its frame and stands on its floor. */
class DrawingsTest {

    @Test
    void everyDrawingStaysInsideItsFrame() {
        for (long id : Drawings.exerciseIds()) {
            Drawing drawing = Drawings.of(id).orElseThrow();
            for (Point point : points(drawing)) {
                assertTrue(
                        point.x() >= 0
                                && point.x() <= drawing.width()
                                && point.y() >= 0
                                && point.y() <= drawing.height(),
                        "exercise " + id + " leaves its frame at " + point);
            }
        }
    }

    @Test
    void aFigureRestsOnTheFloorUnlessLifted() {
        Figure standing = new Figure(Pose.standing(), View.SIDE);
        assertEquals(
                3, Math.min(standing.at(Joint.ANKLE).y(), standing.at(Joint.TOE).y()), 1e-9);
        assertEquals(Figure.THIGH + Figure.SHIN + 3, standing.at(Joint.HIP).y(), 1e-9, "the hip sits a leg above it");
        Figure onAStep = new Figure(Pose.parse("lift=20"), View.SIDE);
        assertEquals(23, onAStep.at(Joint.ANKLE).y(), 1e-9);
    }

    @Test
    void theFrontViewSetsTheHipsApartAndTheSideViewDoesNot() {
        Figure front = new Figure(Pose.standing(), View.FRONT);
        assertTrue(front.at(Joint.HIP).x() > front.at(Joint.HIP2).x());
        Figure side = new Figure(Pose.standing(), View.SIDE);
        assertEquals(side.at(Joint.HIP), side.at(Joint.HIP2));
    }

    @Test
    void aHeldPositionIsOnePanelAndAMovementTwoWithAnArrow() {
        Drawing held = Drawings.of(72).orElseThrow();
        Drawing moved = Drawings.of(12).orElseThrow();
        assertTrue(held.isHeld());
        assertFalse(moved.isHeld());
        assertTrue(moved.width() > 2 * held.width());
    }

    @Test
    void everySvgIsAWellFormedDocumentInTheOneLineStyle() throws Exception {
        for (long id : Drawings.exerciseIds()) {
            String svg = Svg.of(Drawings.of(id).orElseThrow());
            Document document = DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
            assertEquals("svg", document.getDocumentElement().getTagName());
            assertEquals("round", document.getDocumentElement().getAttribute("stroke-linecap"));
            assertTrue(svg.contains("stroke=\"#1d3b53\" stroke-width=\"6.0\""), "exercise " + id + " has a figure");
        }
    }

    @Test
    void aMistakeInAPoseOrPropIsNamed() {
        assertThrows(IllegalArgumentException.class, () -> Pose.parse("knee=90"));
        assertThrows(IllegalArgumentException.class, () -> Pose.parse("l1=270,270"));
        assertThrows(IllegalArgumentException.class, () -> Prop.parse("band:ANKLE"));
        assertThrows(IllegalArgumentException.class, () -> Prop.parse("box:ELBOW3"));
    }

    private static List<Point> points(Drawing drawing) {
        List<Point> points = new ArrayList<>();
        for (Shape shape : drawing.shapes()) {
            if (shape instanceof Shape.Circle circle) {
                points.add(circle.centre().shifted(-circle.radius(), -circle.radius()));
                points.add(circle.centre().shifted(circle.radius(), circle.radius()));
            } else {
                points.addAll(((Shape.Path) shape).points());
            }
        }
        return points;
    }
}
