package org.clinicportal.program;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toCollection;
import static org.clinicportal.security.Refusals.assertInvalid;
import static org.clinicportal.security.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.clinicportal.language.Language;
import org.clinicportal.persistence.ConcurrentChangeException;
import org.clinicportal.security.AsClinicAdmin;
import org.clinicportal.security.AsPatient;
import org.clinicportal.security.AsTherapist;
import org.clinicportal.security.Refusals.Caller;
import org.clinicportal.tenancy.ScriptedCaller;
import org.clinicportal.tenancy.ScriptedLanguage;
import org.clinicportal.tenancy.TenancyProbe;
import org.clinicportal.tenancy.TestDeployment;
import org.clinicportal.training.DistanceUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The exercise library and templates in Payara against PostgreSQL: the seeded content matches the
 * clinical catalogue, the shared library is read-only, a clinic's own exercises and templates stay
 * its own, and patients and anonymous callers are refused.
 */
@ExtendWith(ArquillianExtension.class)
class ExerciseLibraryIT {

    /** Every exercise of the catalogue's section 5, and the recovery measures of section 6, by category. */
    private static final Map<ExerciseCategory, List<String>> CATALOGUE = Map.of(
            ExerciseCategory.WARM_UP, List.of("Brisk walk or easy jog", "Walking lunges"),
            ExerciseCategory.STRENGTH,
                    List.of(
                            "Side-lying leg raise",
                            "Single-leg glute bridge",
                            "Glute bridge",
                            "Clamshell",
                            "Side plank",
                            "Monster walk (banded lateral walk)",
                            "Single-leg Romanian deadlift",
                            "Hip airplane",
                            "Squat",
                            "Deadlift",
                            "Lunge",
                            "Lateral lunge",
                            "Rear-foot-elevated split squat",
                            "Step-up",
                            "Lateral step-up",
                            "Barbell hip thrust",
                            "Banded hip march",
                            "Kettlebell swing",
                            "Leg press",
                            "Stability-ball hamstring curl",
                            "Inner-thigh ball squeeze",
                            "Speed skater"),
            ExerciseCategory.MOBILITY,
                    List.of(
                            "Half-kneeling hip flexor stretch",
                            "Pigeon pose",
                            "Figure-four stretch",
                            "Butterfly stretch",
                            "Frog stretch",
                            "Hip circles",
                            "Leg swings, front and side",
                            "Frankenstein walk",
                            "Fire hydrant",
                            "Donkey kick",
                            "Straight-leg raise",
                            "Evening hip mobility routine"),
            ExerciseCategory.GAIT_RETRAINING,
                    List.of(
                            "Land with the foot under the body",
                            "Shorter, quicker stride (cadence)",
                            "Run tall with a slight forward lean",
                            "Engage the core while running",
                            "Soft landing, no heavy heel strike"),
            ExerciseCategory.RECOVERY,
                    List.of(
                            "Static stretches after runs",
                            "Foam rolling: glutes, IT band, quadriceps",
                            "Ice the sore hip",
                            "Moist heat after the first 48 hours",
                            "Pillow between the knees",
                            "Refuel after the run",
                            "Cycling instead of running",
                            "Swimming instead of running"));

    @Deployment
    static WebArchive deployment() {
        return TestDeployment.portalWith(TenancyProbe.class);
    }

    @EJB
    private ExerciseLibrary library;

    @EJB
    private ProgramTemplates templates;

    @EJB
    private TenancyProbe probe;

    @EJB
    private AsTherapist therapist;

    @EJB
    private AsPatient patient;

    @EJB
    private AsClinicAdmin clinicAdmin;

    @Inject
    private ScriptedCaller caller;

    @Inject
    private ScriptedLanguage language;

    private long sharedBridge;

    @BeforeEach
    void actForNorthside() throws Exception {
        caller.actFor("northside");
        sharedBridge = therapist.call(() -> library.all()).stream()
                .filter(row -> row.name().equals("Glute bridge"))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @AfterEach
    void forgetCaller() {
        caller.actForNoClinic();
        language.forget();
    }

    @Test
    void everySharedExerciseAndWhatItsSourcesSayHasItsOwnGermanWords() throws Exception {
        language.readIn(Language.ENGLISH);
        List<ExerciseRow> english = therapist.call(() -> library.all()).stream()
                .filter(ExerciseRow::shared)
                .toList();
        for (ExerciseRow row : english) {
            language.readIn(Language.ENGLISH);
            ExerciseView inEnglish = therapist.call(() -> library.exercise(row.id()));
            List<Citation> citedInEnglish = therapist.call(() -> library.citations(row.id()));
            language.readIn(Language.GERMAN);
            ExerciseView inGerman = therapist.call(() -> library.exercise(row.id()));
            List<Citation> citedInGerman = therapist.call(() -> library.citations(row.id()));

            String exercise = row.name();
            assertFalse(inGerman.name().equals(inEnglish.name()), exercise + " has a German name");
            assertFalse(inGerman.target().equals(inEnglish.target()), exercise + " has a German target");
            assertEquals(inEnglish.steps().size(), inGerman.steps().size(), exercise + ": step for step");
            assertFalse(inGerman.instructions().equals(inEnglish.instructions()), exercise + " in German steps");
            assertEquals(inEnglish.cautions().isEmpty(), inGerman.cautions().isEmpty(), exercise + ": cautions");
            assertTrue(
                    inEnglish.cautions().isEmpty() || !inGerman.cautions().equals(inEnglish.cautions()),
                    exercise + " cautions in German");
            assertEquals(inEnglish.dosage(), inGerman.dosage(), exercise + ": one dosage in every language");
            assertEquals(citedInEnglish.size(), citedInGerman.size(), exercise);
            for (int i = 0; i < citedInEnglish.size(); i++) {
                assertEquals(citedInEnglish.get(i).title(), citedInGerman.get(i).title(), "an article keeps its title");
                assertFalse(
                        citedInGerman.get(i).says().equals(citedInEnglish.get(i).says()),
                        exercise + ": what " + citedInEnglish.get(i).title() + " says, in German");
            }
        }
    }

    @Test
    void aGermanReaderListsFiltersAndReadsTheLibraryInGermanWhileAClinicsOwnWordsStay() throws Exception {
        String own = "Wandsitz " + UUID.randomUUID();
        long ownId = therapist.call(() -> library.add(form(own)));
        language.readIn(Language.GERMAN);

        List<ExerciseRow> all = therapist.call(() -> library.all());
        assertEquals(
                List.of("Ausfallschritte im Gehen", "Zügiges Gehen oder lockeres Traben"),
                all.stream()
                        .filter(row -> row.category() == ExerciseCategory.WARM_UP)
                        .map(ExerciseRow::name)
                        .toList(),
                "the warm-up in German alphabet order, not in the order of the English names");
        assertTrue(all.stream().anyMatch(row -> row.id() == ownId && row.name().equals(own)), "own words stay");

        ExerciseView bridge = therapist.call(() -> library.exercise(sharedBridge));
        assertEquals("Gesäßbrücke", bridge.name());
        assertEquals("Gesäß", bridge.target());
        assertTrue(
                bridge.steps().get(0).startsWith("Legen Sie sich auf den Rücken"),
                bridge.steps().get(0));
        assertTrue(bridge.cautions().contains("Hohlkreuz"), bridge.cautions());

        List<String> targets = therapist.call(() -> library.targets());
        assertTrue(
                targets.contains("Gesäß") && !targets.contains("hip abductors (side glutes)"),
                "the shared library's targets in German: " + targets);
        ExerciseFilter glutes = new ExerciseFilter();
        glutes.setTarget("Gesäß");
        List<ExerciseRow> page = therapist.call(() -> library.page(glutes, 0, 100));
        assertEquals(therapist.call(() -> library.count(glutes)), page.size());
        assertTrue(page.stream().anyMatch(row -> row.id() == sharedBridge), "filtered by the German target");
        assertTrue(
                page.stream()
                        .allMatch(row -> row.target().toLowerCase(Locale.GERMAN).contains("gesäß")),
                page.toString());

        Citation clamshellSays = therapist
                .call(() -> library.citations(row("Muschel (Clamshell)", all)))
                .get(0);
        assertEquals("Why My Hips Hurt After Running", clamshellSays.title());
        assertTrue(clamshellSays.says().contains("Außenrotatoren"), clamshellSays.says());
    }

    @Test
    void aGermanReaderReadsAndCopiesASharedTemplateInGerman() throws Exception {
        long ramp = sharedTemplate("Return to run: 4-week ramp");
        language.readIn(Language.GERMAN);

        assertTrue(
                therapist.call(() -> templates.list()).stream()
                        .anyMatch(row -> row.id() == ramp
                                && row.name().equals("Wiedereinstieg ins Laufen: 4-Wochen-Steigerung")
                                && row.description().contains("höchstens 2,4 km")),
                "the list in German");
        TemplateView view = therapist.call(() -> templates.template(ramp));
        assertEquals(
                "Zügiges Gehen oder lockeres Traben",
                view.items().get(0).exercise().name());
        assertEquals(
                "Vor jedem der drei Läufe dieser Woche.", view.items().get(0).note());
        assertEquals("Prävention: vor jedem Lauf.", view.items().get(2).note());

        List<ItemForm> lines = therapist.call(() -> templates.itemsOf(ramp, DistanceUnit.KILOMETRES));
        assertEquals("Gesäßbrücke", lines.get(2).getExerciseName());
        assertEquals("Prävention: vor jedem Lauf.", lines.get(2).getNote(), "a program started from it");

        long copy = therapist.call(() -> templates.copy(ramp));
        language.readIn(Language.ENGLISH);
        TemplateForm copied = therapist.call(() -> templates.formFor(copy, DistanceUnit.KILOMETRES));
        assertEquals("Kopie von Wiedereinstieg ins Laufen: 4-Wochen-Steigerung", copied.getName());
        assertTrue(copied.getDescription().startsWith("Woche 1"), copied.getDescription());
        assertEquals(
                "Prävention: vor jedem Lauf.",
                copied.getItems().get(2).getNote(),
                "the copy keeps the words it was copied in, whoever reads it next");
    }

    @Test
    void theSharedLibraryHoldsEveryExerciseOfTheCatalogue() throws Exception {
        List<ExerciseRow> shared = therapist.call(() -> library.all()).stream()
                .filter(ExerciseRow::shared)
                .toList();
        Map<ExerciseCategory, TreeSet<String>> seeded = shared.stream()
                .collect(groupingBy(ExerciseRow::category, mapping(ExerciseRow::name, toCollection(TreeSet::new))));
        for (Map.Entry<ExerciseCategory, List<String>> category : CATALOGUE.entrySet()) {
            assertEquals(
                    new TreeSet<>(category.getValue()),
                    seeded.get(category.getKey()),
                    category.getKey().name());
        }
        for (ExerciseRow row : shared) {
            ExerciseView exercise = therapist.call(() -> library.exercise(row.id()));
            assertFalse(exercise.steps().isEmpty(), exercise.name() + " has steps");
            assertFalse(exercise.target().isBlank(), exercise.name() + " has a target");
            assertTrue(exercise.source().matches("seed:00\\d(, seed:00\\d)*"), exercise.name() + " names its source");
            List<Citation> citations = therapist.call(() -> library.citations(row.id()));
            assertEquals(
                    exercise.source().split(", ").length,
                    citations.size(),
                    exercise.name() + " cites every source it names");
            assertTrue(
                    citations.stream()
                            .noneMatch(c ->
                                    c.title().startsWith("seed") || c.says().isBlank()),
                    exercise.name());
        }
    }

    @Test
    void anExerciseCitesItsSourcesByTitleWithWhatTheySay() throws Exception {
        List<Citation> clamshell =
                therapist.call(() -> library.citations(named("Clamshell").id()));
        assertEquals("Why My Hips Hurt After Running", clamshell.get(0).title());
        assertTrue(
                clamshell.get(0).says().contains("abductors"), clamshell.get(0).says());
        assertEquals(
                "Sore Hips After Running: Causes, Relief, and Prevention Tips",
                clamshell.get(2).title());
        assertTrue(
                clamshell.get(2).says().contains("2 sets of 12"),
                clamshell.get(2).says());

        long own = therapist.call(() -> library.add(form("Own drill " + UUID.randomUUID())));
        assertEquals(List.of(), therapist.call(() -> library.citations(own)), "a clinic's own exercise cites nothing");
        caller.actFor("harbor");
        assertThrows(ExerciseNotFoundException.class, () -> therapist.call(() -> library.citations(own)));
    }

    @Test
    void theCataloguesDosagesAndCautionsAreSeeded() throws Exception {
        ExerciseView bridge = therapist.call(() -> library.exercise(sharedBridge));
        assertEquals(Optional.of(2), bridge.dosage().sets());
        assertEquals(Optional.of(15), bridge.dosage().reps());
        ExerciseView clamshell = named("Clamshell");
        assertEquals(Optional.of(12), clamshell.dosage().reps());
        assertTrue(clamshell.dosage().perSide());
        assertEquals(7, named("Half-kneeling hip flexor stretch").dosage().timesPerWeek(), "daily");
        assertTrue(named("Half-kneeling hip flexor stretch").cautions().contains("inflamed hip flexor"));
        assertTrue(named("Foam rolling: glutes, IT band, quadriceps").cautions().contains("bony point of the hip"));
        assertEquals(
                Optional.of(15), named("Leg swings, front and side").dosage().reps());
        assertEquals(Optional.of(10), named("Walking lunges").dosage().reps());
        assertEquals(2, named("Deadlift").dosage().timesPerWeek());
        assertTrue(named("Moist heat after the first 48 hours").cautions().contains("swollen hip"));
    }

    @Test
    void theTemplatesOfTheProgramsAreSeededWithTheRampOnlyInTheReturnToRunOne() throws Exception {
        List<TemplateRow> shared = therapist.call(() -> templates.list()).stream()
                .filter(TemplateRow::shared)
                .toList();
        assertEquals(
                List.of(
                        "Gait retraining",
                        "Hip-flexor mobility for desk-bound runners",
                        "Lateral hip (side glute) strengthening",
                        "Recovery routine",
                        "Return to run: 4-week ramp",
                        "Warm-up before every run"),
                shared.stream().map(TemplateRow::name).toList());
        assertEquals(
                List.of("Return to run: 4-week ramp"),
                shared.stream()
                        .filter(TemplateRow::returnToRun)
                        .map(TemplateRow::name)
                        .toList());
        TemplateRow gait = shared.stream()
                .filter(row -> row.name().equals("Gait retraining"))
                .findFirst()
                .orElseThrow();
        TemplateView gaitView = therapist.call(() -> templates.template(gait.id()));
        assertTrue(
                gaitView.items().stream()
                        .anyMatch(item -> item.dosage().cadence().isPresent()),
                "a cadence target");
        assertTrue(shared.stream().allMatch(row -> row.exercises() > 0));
    }

    @Test
    void aClinicsOwnExerciseIsVisibleToItAloneAndChangesOnlyFromTheLatestVersion() throws Exception {
        String name = "Wall sit " + UUID.randomUUID();
        long own = therapist.call(() -> library.add(form(name)));

        assertTrue(therapist.call(() -> library.all()).stream().anyMatch(row -> row.id() == own && !row.shared()));
        ExerciseForm edit = therapist.call(() -> library.formFor(own, DistanceUnit.MILES));
        edit.setTarget("quadriceps, endurance");
        therapist.call(() -> {
            library.revise(own, edit);
            return null;
        });
        assertEquals(
                "quadriceps, endurance",
                therapist.call(() -> library.exercise(own)).target());
        assertThrows(
                ConcurrentChangeException.class,
                () -> therapist.call(() -> {
                    library.revise(own, edit);
                    return null;
                }),
                "a form filled from an older version is refused");

        caller.actFor("harbor");
        assertThrows(ExerciseNotFoundException.class, () -> therapist.call(() -> library.exercise(own)));
        assertThrows(
                ExerciseNotFoundException.class,
                () -> therapist.call(() -> library.formFor(own, DistanceUnit.KILOMETRES)));
        assertThrows(
                ExerciseNotFoundException.class,
                () -> therapist.call(() -> {
                    library.revise(own, form("Hijacked"));
                    return null;
                }));
        assertFalse(therapist.call(() -> library.all()).stream().anyMatch(row -> row.id() == own));
        assertEquals(0, therapist.call(() -> probe.nativeExerciseCount(own)), "row-level security hides it too");
    }

    @Test
    void theSharedLibraryIsReadOnlyToEveryClinicDownToTheDatabase() throws Exception {
        assertThrows(
                ExerciseNotFoundException.class,
                () -> therapist.call(() -> library.formFor(sharedBridge, DistanceUnit.KILOMETRES)));
        assertThrows(
                ExerciseNotFoundException.class,
                () -> therapist.call(() -> {
                    library.revise(sharedBridge, form("Renamed bridge"));
                    return null;
                }));
        assertEquals(
                0,
                therapist.call(() -> probe.nativeRenameExercise(sharedBridge, "Renamed bridge")),
                "SQL that bypasses the service changes no shared row");
        assertEquals(
                "Glute bridge",
                therapist.call(() -> library.exercise(sharedBridge)).name());
    }

    @Test
    void aSharedTemplateIsCopiedToChangeItAndTheCopyStaysTheClinics() throws Exception {
        long ramp = sharedTemplate("Return to run: 4-week ramp");
        assertThrows(
                TemplateNotFoundException.class,
                () -> therapist.call(() -> templates.formFor(ramp, DistanceUnit.MILES)));

        long copy = therapist.call(() -> templates.copy(ramp));
        TemplateForm form = therapist.call(() -> templates.formFor(copy, DistanceUnit.MILES));
        assertEquals("Copy of Return to run: 4-week ramp", form.getName());
        assertTrue(form.isReturnToRun());
        form.setName("Northside ramp " + UUID.randomUUID());
        form.getItems().get(0).getDosage().setMinutes(8);
        therapist.call(() -> {
            templates.revise(copy, form);
            return null;
        });
        TemplateView changed = therapist.call(() -> templates.template(copy));
        assertEquals(Optional.of(8), changed.items().get(0).dosage().minutes());
        assertTrue(changed.editable());
        assertEquals(
                Optional.of(10),
                therapist
                        .call(() -> templates.template(ramp))
                        .items()
                        .get(0)
                        .dosage()
                        .minutes(),
                "the shared template is unchanged");

        caller.actFor("harbor");
        assertThrows(TemplateNotFoundException.class, () -> therapist.call(() -> templates.template(copy)));
        assertThrows(TemplateNotFoundException.class, () -> therapist.call(() -> templates.copy(copy)));
        assertFalse(therapist.call(() -> templates.list()).stream().anyMatch(row -> row.id() == copy));
    }

    @Test
    void aTemplateWithTheLongestNameCanBeCopiedAndTheCopysNameFits() throws Exception {
        String longest = ("Hip strength for trail runners " + UUID.randomUUID() + " ")
                .repeat(3)
                .substring(0, ProgramTemplate.NAME_LENGTH);
        long original = therapist.call(() -> templates.copy(sharedTemplate("Gait retraining")));
        TemplateForm renamed = therapist.call(() -> templates.formFor(original, DistanceUnit.KILOMETRES));
        renamed.setName(longest);
        therapist.call(() -> {
            templates.revise(original, renamed);
            return null;
        });

        long copy = therapist.call(() -> templates.copy(original));
        String name = therapist
                .call(() -> templates.formFor(copy, DistanceUnit.KILOMETRES))
                .getName();
        assertTrue(name.length() <= ProgramTemplate.NAME_LENGTH, name);
        assertTrue(name.startsWith("Copy of Hip strength for trail runners") && name.endsWith("…"), name);
    }

    @Test
    void aTemplateCannotPrescribeAnotherClinicsExercise() throws Exception {
        long northsideOwn = therapist.call(() -> library.add(form("Northside drill " + UUID.randomUUID())));
        caller.actFor("harbor");
        TemplateForm crafted = new TemplateForm();
        crafted.setName("Crafted");
        ItemForm line = new ItemForm();
        line.setExerciseId(northsideOwn);
        line.getDosage().setTimesPerWeek(3);
        line.getDosage().setReps(10);
        crafted.getItems().add(line);
        assertThrows(ExerciseNotFoundException.class, () -> therapist.call(() -> templates.create(crafted)));
    }

    @Test
    void badInputIsRefusedAtTheService() {
        ExerciseForm tooManySets = form("Too many sets");
        tooManySets.getDosage().setSets(11);
        assertInvalid(() -> therapist.call(() -> library.add(tooManySets)));
        ExerciseForm setsOfNothing = form("Sets of nothing");
        setsOfNothing.getDosage().setReps(null);
        setsOfNothing.getDosage().setHoldSeconds(null);
        setsOfNothing.getDosage().setSets(2);
        assertInvalid(() -> therapist.call(() -> library.add(setsOfNothing)));
        ExerciseForm noDays = form("No days");
        noDays.getDosage().setTimesPerWeek(null);
        assertInvalid(() -> therapist.call(() -> library.add(noDays)));
    }

    @Test
    void aClinicAdminReadsButDoesNotChange() throws Exception {
        assertFalse(clinicAdmin.call(() -> library.all()).isEmpty());
        assertFalse(clinicAdmin.call(() -> templates.list()).isEmpty());
        assertRefused(() -> clinicAdmin.call(() -> library.add(form("Admin's exercise"))));
        assertRefused(() -> clinicAdmin.call(() -> templates.copy(sharedTemplate("Gait retraining"))));
    }

    @Test
    void aPatientIsRefusedEveryMethod() throws Exception {
        refusesEveryMethod(work -> patient.call(work), sharedTemplate("Gait retraining"));
    }

    @Test
    void anAnonymousCallerIsRefusedEveryMethod() throws Exception {
        refusesEveryMethod(Callable::call, sharedTemplate("Gait retraining"));
    }

    private void refusesEveryMethod(Caller who, long template) {
        ExerciseFilter everything = new ExerciseFilter();
        assertRefused(() -> who.call(() -> library.count(everything)));
        assertRefused(() -> who.call(() -> library.page(everything, 0, 10)));
        assertRefused(() -> who.call(() -> library.all()));
        assertRefused(() -> who.call(() -> library.targets()));
        assertRefused(() -> who.call(() -> library.exercise(sharedBridge)));
        assertRefused(() -> who.call(() -> library.citations(sharedBridge)));
        assertRefused(() -> who.call(() -> library.add(form("Refused"))));
        assertRefused(() -> who.call(() -> templates.list()));
        assertRefused(() -> who.call(() -> templates.template(template)));
        assertRefused(() -> who.call(() -> templates.itemsOf(template, DistanceUnit.KILOMETRES)));
        assertRefused(() -> who.call(() -> templates.copy(template)));
    }

    private ExerciseView named(String name) throws Exception {
        long id = therapist.call(() -> library.all()).stream()
                .filter(row -> row.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
        return therapist.call(() -> library.exercise(id));
    }

    private static long row(String name, List<ExerciseRow> rows) {
        return rows.stream()
                .filter(row -> row.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private long sharedTemplate(String name) throws Exception {
        return therapist.call(() -> templates.list()).stream()
                .filter(row -> row.shared() && row.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static ExerciseForm form(String name) {
        ExerciseForm form = new ExerciseForm();
        form.setName(name);
        form.setCategory(ExerciseCategory.STRENGTH);
        form.setTarget("quadriceps");
        form.getDosage().setSets(3);
        form.getDosage().setHoldSeconds(30);
        form.getDosage().setReps(1);
        form.getDosage().setTimesPerWeek(3);
        form.setInstructions("Slide down a wall until the knees are bent.\nHold.");
        return form;
    }
}
