package org.clinicportal.intake;

import java.io.Serializable;

/** A provocation test on each side: positive, negative, or empty where not done. */
public class TestPair implements Serializable {

    private static final long serialVersionUID = 1L;

    private Boolean left;

    private Boolean right;

    static TestPair of(Sides<Boolean> sides) {
        TestPair pair = new TestPair();
        pair.left = sides.left();
        pair.right = sides.right();
        return pair;
    }

    Sides<Boolean> sides() {
        return new Sides<>(left, right);
    }

    public Boolean getLeft() {
        return left;
    }

    public void setLeft(Boolean left) {
        this.left = left;
    }

    public Boolean getRight() {
        return right;
    }

    public void setRight(Boolean right) {
        this.right = right;
    }
}
