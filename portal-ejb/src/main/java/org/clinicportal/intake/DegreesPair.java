package org.clinicportal.intake;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.Serializable;

/** A range of motion on each side, in degrees; empty where not measured. */
public class DegreesPair implements Serializable {

    private static final long serialVersionUID = 1L;

    @Min(value = -30, message = "{intake.degrees}")
    @Max(value = 180, message = "{intake.degrees}")
    private Integer left;

    @Min(value = -30, message = "{intake.degrees}")
    @Max(value = 180, message = "{intake.degrees}")
    private Integer right;

    static DegreesPair of(Sides<Integer> sides) {
        DegreesPair pair = new DegreesPair();
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
