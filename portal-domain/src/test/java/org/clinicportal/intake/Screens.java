package org.clinicportal.intake;

/** Red-flag screens the tests start from. */
final class Screens {

    private Screens() {}

    /** Every question answered no. */
    static RedFlagScreen allNo() {
        RedFlagScreen screen = RedFlagScreen.unanswered();
        for (RedFlag flag : RedFlag.values()) {
            screen = screen.answer(flag, false);
        }
        return screen;
    }
}
