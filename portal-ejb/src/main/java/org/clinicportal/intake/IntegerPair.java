package org.clinicportal.intake;

import java.io.Serializable;

/**
 * A left/right measure in whole numbers; each scale ({@link DegreesPair}, {@link GradePair}) adds its range to the
 * getters, so that the page checks it beside each field.
 */
public abstract class IntegerPair implements Serializable {

    private static final long serialVersionUID = 1L;

    private Integer left;

    private Integer right;

    Sides<Integer> sides() {
        return new Sides<>(left, right);
    }

    /** Fills this pair from the intake's sides; returns it, for the sections' conversions. */
    <P extends IntegerPair> P from(Sides<Integer> sides) {
        left = sides.left();
        right = sides.right();
        @SuppressWarnings("unchecked")
        P self = (P) this;
        return self;
    }

    public Integer getLeft() {
        return left;
    }

    public void setLeft(Integer left) {
        this.left = left;
    }

    public Integer getRight() {
        return right;
    }

    public void setRight(Integer right) {
        this.right = right;
    }
}
