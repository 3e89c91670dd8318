package org.clinicportal.intake;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.Serializable;

/** A strength grade on each side, 0 to 5; empty where not tested. */
public class GradePair implements Serializable {

    private static final long serialVersionUID = 1L;

    @Min(value = 0, message = "{intake.grade}")
    @Max(value = 5, message = "{intake.grade}")
    private Integer left;

    @Min(value = 0, message = "{intake.grade}")
    @Max(value = 5, message = "{intake.grade}")
    private Integer right;

    static GradePair of(Sides<Integer> sides) {
        GradePair pair = new GradePair();
        pair.left = sides.left();
        pair.right = sides.right();
        return pair;
    }

    Sides<Integer> sides() {
        return new Sides<>(left, right);
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
