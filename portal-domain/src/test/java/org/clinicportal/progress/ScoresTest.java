package org.clinicportal.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** LEFS, HOOS-12 and pain: worked examples, missing answers, and the change judgements. */
class ScoresTest {

    @Test
    void lefsAddsTheTwentyItems() {
        assertEquals(Optional.of(80), Lefs.total(Collections.nCopies(20, 4)));
        assertEquals(Optional.of(0), Lefs.total(Collections.nCopies(20, 0)));
        List<Integer> mixed = new ArrayList<>(Collections.nCopies(10, 3));
        mixed.addAll(Collections.nCopies(10, 2));
        assertEquals(Optional.of(50), Lefs.total(mixed), "10 × 3 + 10 × 2");
    }

    @Test
    void lefsFillsUpToTwoMissingItemsWithTheMeanOfTheOthers() {
        List<Integer> oneMissing = new ArrayList<>(Collections.nCopies(20, 3));
        oneMissing.set(7, null);
        assertEquals(Optional.of(60), Lefs.total(oneMissing), "57 over 19 items is 60 over 20");
        List<Integer> twoMissing = new ArrayList<>(Collections.nCopies(20, 2));
        twoMissing.set(0, null);
        twoMissing.set(19, null);
        twoMissing.set(5, 4);
        assertEquals(Optional.of(42), Lefs.total(twoMissing), "38 over 18 items is 42.2 over 20");
    }

    @Test
    void lefsWithThreeMissingItemsCannotBeScored() {
        List<Integer> threeMissing = new ArrayList<>(Collections.nCopies(20, 4));
        threeMissing.set(1, null);
        threeMissing.set(2, null);
        threeMissing.set(3, null);
        assertEquals(Optional.empty(), Lefs.total(threeMissing));
    }

    @Test
    void lefsRefusesAnswersOutsideTheScale() {
        List<Integer> five = new ArrayList<>(Collections.nCopies(20, 4));
        five.set(0, 5);
        assertThrows(IllegalArgumentException.class, () -> Lefs.total(five));
        assertThrows(IllegalArgumentException.class, () -> Lefs.total(Collections.nCopies(19, 4)));
    }

    @Test
    void aLefsChangeCountsFromNinePoints() {
        assertEquals(ChangeJudgement.MEANINGFUL_IMPROVEMENT, Lefs.judge(40, 49));
        assertEquals(ChangeJudgement.NO_MEANINGFUL_CHANGE, Lefs.judge(40, 48));
        assertEquals(ChangeJudgement.NO_MEANINGFUL_CHANGE, Lefs.judge(40, 32));
        assertEquals(ChangeJudgement.MEANINGFUL_WORSENING, Lefs.judge(40, 31));
    }

    @Test
    void aPainChangeCountsFromTwoPointsAndLessIsBetter() {
        assertEquals(ChangeJudgement.MEANINGFUL_IMPROVEMENT, Pain.judge(6, 4));
        assertEquals(ChangeJudgement.NO_MEANINGFUL_CHANGE, Pain.judge(6, 5));
        assertEquals(ChangeJudgement.NO_MEANINGFUL_CHANGE, Pain.judge(6, 7));
        assertEquals(ChangeJudgement.MEANINGFUL_WORSENING, Pain.judge(6, 8));
        assertThrows(IllegalArgumentException.class, () -> Pain.judge(6, 11));
    }

    @Test
    void hoos12ScoresEachScaleFromHundredDown() {
        Hoos12.Scores scores = Hoos12.score(Arrays.asList(0, 0, 0, 0, 4, 4, 4, 4, 1, 2, 1, 2));
        assertEquals(Optional.of(100), scores.pain());
        assertEquals(Optional.of(0), scores.function());
        assertEquals(Optional.of(63), scores.qualityOfLife(), "mean 1.5: 100 − 37.5, rounded");
    }

    @Test
    void aHoos12ScaleNeedsTwoOfItsFourItems() {
        Hoos12.Scores scores =
                Hoos12.score(Arrays.asList(2, null, null, null, 1, 3, null, null, null, null, null, null));
        assertEquals(Optional.empty(), scores.pain(), "one answer is not enough");
        assertEquals(Optional.of(50), scores.function(), "two answers, mean 2");
        assertEquals(Optional.empty(), scores.qualityOfLife());
        assertThrows(IllegalArgumentException.class, () -> Hoos12.score(Collections.nCopies(11, 1)));
    }

    @Test
    void aHoos12IsScorableOnlyWithTwoAnswersInEveryScale() {
        assertTrue(Hoos12.isScorable(Arrays.asList(2, 2, null, null, 1, 3, null, null, 0, null, 4, null)));
        assertFalse(Hoos12.isScorable(Arrays.asList(2, 2, 2, 2, 1, 3, 1, 1, 0, null, null, null)));
        assertFalse(Hoos12.isScorable(Collections.nCopies(11, 1)));
    }
}
