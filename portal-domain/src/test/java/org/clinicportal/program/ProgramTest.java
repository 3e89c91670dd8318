package org.clinicportal.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProgramTest {

    private static final LocalDate START = LocalDate.of(2026, 11, 2);
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 2, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final ProgramItem BRIDGE = new ProgramItem(
            10, Phase.wholeProgram(), Dosage.timesPerWeek(3).sets(2).reps(15).build(), null);
    private static final ProgramItem STRETCH = new ProgramItem(
            11, Phase.weeks(1, 2), Dosage.daily().holdSeconds(30).perSide(true).build(), "Keep the pelvis tucked");

    @Test
    void everyChangeIsANewVersionThatBecomesCurrent() throws Exception {
        Program program = persisted(new Program(7));
        ProgramVersion first = program.revise(0, plan(List.of(BRIDGE)), "pt", NOW);
        ProgramVersion second = program.revise(1, plan(List.of(BRIDGE, STRETCH)), "pt2", NOW.plusDays(1));
        assertEquals(1, first.number());
        assertEquals(2, second.number());
        assertEquals(2, program.currentVersion());
        assertEquals(List.of(BRIDGE), first.items());
        assertEquals("pt2", second.createdBy());
    }

    @Test
    void aChangeBasedOnAnOlderVersionIsRefused() throws Exception {
        Program program = persisted(new Program(7));
        program.revise(0, plan(List.of(BRIDGE)), "pt", NOW);
        program.revise(1, plan(List.of(STRETCH)), "other-pt", NOW);
        assertThrows(IllegalStateException.class, () -> program.revise(1, plan(List.of(BRIDGE)), "pt", NOW));
    }

    @Test
    void todayHoldsTheItemsDueInProgramOrder() throws Exception {
        ProgramVersion version = persisted(new Program(7)).revise(0, plan(List.of(BRIDGE, STRETCH)), "pt", NOW);
        assertEquals(List.of(BRIDGE, STRETCH), version.dueOn(START));
        assertEquals(List.of(STRETCH), version.dueOn(START.plusDays(1)));
        assertEquals(List.of(), version.dueOn(START.plusDays(15)));
        assertEquals(List.of(), version.dueOn(START.minusDays(1)));
        assertEquals(3, version.weekOf(START.plusDays(14)));
    }

    @Test
    void theRampWeekFollowsTheRampStart() throws Exception {
        ProgramPlan withRunning =
                new ProgramPlan(START, Optional.of(START.plusDays(14)), List.of(BRIDGE), Optional.empty());
        ProgramVersion version = persisted(new Program(7)).revise(0, withRunning, "pt", NOW);
        assertEquals(Optional.empty(), version.runWeekOf(START.plusDays(13)));
        assertEquals(1, version.runWeekOf(START.plusDays(14)).orElseThrow().number());
    }

    @Test
    void aPlanNeedsSomethingToDoAndARampAfterItsStart() {
        assertThrows(IllegalArgumentException.class, () -> plan(List.of()));
        assertThrows(
                IllegalArgumentException.class,
                () -> new ProgramPlan(START, Optional.of(START.minusDays(1)), List.of(BRIDGE), Optional.empty()));
    }

    @Test
    void theQuestionnaireScheduleKeepsTheTherapistsChoiceOfHoos12() {
        Program program = new Program(7);
        assertFalse(program.asksHoos12(), "LEFS alone until the therapist picks HOOS-12");
        program.askForOutcomesEvery(4, true);
        assertEquals(Optional.of(4), program.outcomeEveryWeeks());
        assertTrue(program.asksHoos12());
        program.askForOutcomesEvery(null, true);
        assertEquals(Optional.empty(), program.outcomeEveryWeeks());
        assertTrue(program.asksHoos12(), "still asked at visits");
        assertThrows(IllegalArgumentException.class, () -> program.askForOutcomesEvery(27, true));
        assertTrue(program.asksHoos12(), "a refused schedule changes nothing");
    }

    private static ProgramPlan plan(List<ProgramItem> items) {
        return new ProgramPlan(START, Optional.empty(), items, Optional.of("Little and often"));
    }

    /** The id the database would give it. */
    private static Program persisted(Program program) throws ReflectiveOperationException {
        Field id = Program.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(program, 1L);
        return program;
    }
}
