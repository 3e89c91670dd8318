package org.clinicportal.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RedFlagScreenTest {

    @Test
    void thereAreElevenQuestions() {
        assertEquals(11, RedFlag.values().length);
    }

    @Test
    void nothingIsAssumedBeforeAnAnswer() {
        RedFlagScreen screen = RedFlagScreen.unanswered();

        assertFalse(screen.isComplete());
        assertFalse(screen.requiresReferral());
        assertEquals(Optional.empty(), screen.answerTo(RedFlag.NIGHT_PAIN));
        assertEquals(EnumSet.allOf(RedFlag.class), screen.unansweredFlags());
    }

    @Test
    void allNoIsCompleteAndNeedsNoReferral() {
        assertTrue(Screens.allNo().isComplete());
        assertFalse(Screens.allNo().requiresReferral());
        assertTrue(Screens.allNo().present().isEmpty());
    }

    @ParameterizedTest
    @EnumSource(RedFlag.class)
    void anySingleYesRequiresReferral(RedFlag flag) {
        RedFlagScreen screen = Screens.allNo().answer(flag, true);

        assertTrue(screen.requiresReferral());
        assertEquals(Set.of(flag), screen.present());
    }

    @Test
    void aYesRequiresReferralEvenBeforeTheScreenIsComplete() {
        RedFlagScreen screen = RedFlagScreen.unanswered().answer(RedFlag.CANNOT_BEAR_WEIGHT, true);

        assertFalse(screen.isComplete());
        assertTrue(screen.requiresReferral());
    }

    @Test
    void aChangedAnswerReplacesTheEarlierOne() {
        RedFlagScreen screen = Screens.allNo().answer(RedFlag.NIGHT_PAIN, true).answer(RedFlag.NIGHT_PAIN, false);

        assertFalse(screen.requiresReferral());
        assertFalse(screen.clear(RedFlag.NIGHT_PAIN).isComplete());
    }

    @Test
    void survivesStorage() {
        RedFlagScreen screen =
                RedFlagScreen.unanswered().answer(RedFlag.NIGHT_PAIN, true).answer(RedFlag.SHARP_STABBING_PAIN, false);

        assertEquals("NIGHT_PAIN=Y,SHARP_STABBING_PAIN=N", screen.encode());
        assertEquals(screen, RedFlagScreen.decode(screen.encode()));
        assertEquals(RedFlagScreen.unanswered(), RedFlagScreen.decode(null));
        assertEquals(Screens.allNo(), RedFlagScreen.decode(Screens.allNo().encode()));
    }

    @Test
    void refusesAnythingButYesOrNo() {
        assertThrows(IllegalArgumentException.class, () -> RedFlagScreen.decode("NIGHT_PAIN=maybe"));
    }
}
