package org.clinicportal.intake;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** A strength grade on each side, 0 to 5; empty where not tested. */
public class GradePair extends IntegerPair {

    private static final long serialVersionUID = 1L;

    static GradePair of(Sides<Integer> sides) {
        return new GradePair().from(sides);
    }

    @Override
    @Min(value = 0, message = "{intake.grade}")
    @Max(value = 5, message = "{intake.grade}")
    public Integer getLeft() {
        return super.getLeft();
    }

    @Override
    @Min(value = 0, message = "{intake.grade}")
    @Max(value = 5, message = "{intake.grade}")
    public Integer getRight() {
        return super.getRight();
    }
}
