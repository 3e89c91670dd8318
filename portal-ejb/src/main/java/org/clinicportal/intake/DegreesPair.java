package org.clinicportal.intake;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** A range of motion on each side, in degrees; empty where not measured. */
public class DegreesPair extends IntegerPair {

    private static final long serialVersionUID = 1L;

    static DegreesPair of(Sides<Integer> sides) {
        return new DegreesPair().from(sides);
    }

    @Override
    @Min(value = -30, message = "{intake.degrees}")
    @Max(value = 180, message = "{intake.degrees}")
    public Integer getLeft() {
        return super.getLeft();
    }

    @Override
    @Min(value = -30, message = "{intake.degrees}")
    @Max(value = 180, message = "{intake.degrees}")
    public Integer getRight() {
        return super.getRight();
    }
}
