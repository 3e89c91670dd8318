package org.clinicportal.illustration;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A pose placed on the floor: where each joint is, and the figure's lines. Seen from the side, both hips and both
 * shoulders are one point and the far limbs are drawn paler; seen from the front, they sit apart.
 */
final class Figure {

    static final double TRUNK = 50;
    static final double NECK = 6;
    static final double HEAD_RADIUS = 9;
    static final double UPPER_ARM = 26;
    static final double FOREARM = 24;
    static final double THIGH = 40;
    static final double SHIN = 38;
    static final double FOOT = 11;
    private static final double HALF_HIPS = 7;
    private static final double HALF_SHOULDERS = 11;
    /** Half the figure's line width: the lowest line rests on the floor, not through it. */
    private static final double HALF_LINE = 3;

    private final Map<Joint, Point> joints;
    private final boolean front;

    Figure(Pose pose, View view) {
        front = view == View.FRONT;
        Map<Joint, Point> at = new EnumMap<>(Joint.class);
        double trunk = pose.trunk();
        double across = trunk - 90;
        Point pelvis = new Point(0, 0);
        Point hip = front ? pelvis.towards(HALF_HIPS, across) : pelvis;
        Point hip2 = front ? pelvis.towards(-HALF_HIPS, across) : pelvis;
        Point neck = pelvis.towards(TRUNK * pose.shown(0), trunk);
        Point shoulder = front ? neck.towards(HALF_SHOULDERS, across) : neck;
        Point shoulder2 = front ? neck.towards(-HALF_SHOULDERS, across) : neck;
        at.put(Joint.HIP, hip);
        at.put(Joint.HIP2, hip2);
        at.put(Joint.NECK, neck);
        at.put(Joint.SHOULDER, shoulder);
        at.put(Joint.SHOULDER2, shoulder2);
        at.put(Joint.HEAD, neck.towards(NECK + HEAD_RADIUS, trunk + pose.headTurn()));
        arm(at, pose, "a1", shoulder, Joint.ELBOW, Joint.HAND);
        arm(at, pose, "a2", shoulder2, Joint.ELBOW2, Joint.HAND2);
        leg(at, pose, "l1", hip, Joint.KNEE, Joint.ANKLE, Joint.TOE);
        leg(at, pose, "l2", hip2, Joint.KNEE2, Joint.ANKLE2, Joint.TOE2);
        double lowest = at.values().stream().mapToDouble(Point::y).min().orElse(0);
        lowest = Math.min(lowest, at.get(Joint.HEAD).y() - HEAD_RADIUS);
        double rise = pose.lift() + HALF_LINE - lowest;
        at.replaceAll((joint, point) -> point.shifted(0, rise));
        joints = at;
    }

    private static void arm(Map<Joint, Point> at, Pose pose, String limb, Point shoulder, Joint elbow, Joint hand) {
        Point elbowAt = shoulder.towards(UPPER_ARM, pose.limb(limb, 0));
        at.put(elbow, elbowAt);
        at.put(hand, elbowAt.towards(FOREARM, pose.limb(limb, 1)));
    }

    private static void leg(
            Map<Joint, Point> at, Pose pose, String limb, Point hip, Joint knee, Joint ankle, Joint toe) {
        Point kneeAt = hip.towards(THIGH * pose.shown(1), pose.limb(limb, 0));
        Point ankleAt = kneeAt.towards(SHIN * pose.shown(2), pose.limb(limb, 1));
        at.put(knee, kneeAt);
        at.put(ankle, ankleAt);
        at.put(toe, ankleAt.towards(FOOT, pose.limb(limb, 2)));
    }

    Point at(Joint joint) {
        return joints.get(joint);
    }

    /** Every point the figure reaches, its head's outline included. */
    List<Point> extent() {
        List<Point> points = new ArrayList<>(joints.values());
        Point head = at(Joint.HEAD);
        points.add(head.shifted(-HEAD_RADIUS, HEAD_RADIUS));
        points.add(head.shifted(HEAD_RADIUS, -HEAD_RADIUS));
        return points;
    }

    /** The figure's lines, far side first so that the near side is drawn over it. */
    List<Shape> shapes() {
        Shape.Ink far = front ? Shape.Ink.FIGURE : Shape.Ink.FAR;
        List<Shape> shapes = new ArrayList<>();
        shapes.add(line(far, at(Joint.SHOULDER2), at(Joint.ELBOW2), at(Joint.HAND2)));
        shapes.add(line(far, at(Joint.HIP2), at(Joint.KNEE2), at(Joint.ANKLE2), at(Joint.TOE2)));
        if (front) {
            shapes.add(line(Shape.Ink.FIGURE, at(Joint.HIP), at(Joint.HIP2)));
            shapes.add(line(Shape.Ink.FIGURE, at(Joint.SHOULDER), at(Joint.SHOULDER2)));
            shapes.add(line(Shape.Ink.FIGURE, at(Joint.HIP).midpoint(at(Joint.HIP2)), at(Joint.NECK)));
        } else {
            shapes.add(line(Shape.Ink.FIGURE, at(Joint.HIP), at(Joint.NECK)));
        }
        shapes.add(new Shape.Circle(at(Joint.HEAD), HEAD_RADIUS, false, Shape.Ink.FIGURE));
        shapes.add(line(Shape.Ink.FIGURE, at(Joint.HIP), at(Joint.KNEE), at(Joint.ANKLE), at(Joint.TOE)));
        shapes.add(line(Shape.Ink.FIGURE, at(Joint.SHOULDER), at(Joint.ELBOW), at(Joint.HAND)));
        return shapes;
    }

    private static Shape line(Shape.Ink ink, Point... points) {
        return new Shape.Path(List.of(points), false, ink);
    }
}
