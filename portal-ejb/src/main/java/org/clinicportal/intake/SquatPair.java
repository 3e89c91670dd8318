package org.clinicportal.intake;

import java.io.Serializable;

/** The single-leg squat on each side, as graded; empty where not done. */
public class SquatPair implements Serializable {

    private static final long serialVersionUID = 1L;

    private SquatQuality left;

    private SquatQuality right;

    static SquatPair of(Sides<SquatQuality> sides) {
        SquatPair pair = new SquatPair();
        pair.left = sides.left();
        pair.right = sides.right();
        return pair;
    }

    Sides<SquatQuality> sides() {
        return new Sides<>(left, right);
    }

    public SquatQuality getLeft() {
        return left;
    }

    public void setLeft(SquatQuality left) {
        this.left = left;
    }

    public SquatQuality getRight() {
        return right;
    }

    public void setRight(SquatQuality right) {
        this.right = right;
    }
}
