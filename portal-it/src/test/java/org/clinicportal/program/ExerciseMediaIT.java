package org.clinicportal.program;

import static org.clinicportal.security.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.clinicportal.patient.PatientDetails;
import org.clinicportal.patient.PatientRegistry;
import org.clinicportal.security.AsPatient;
import org.clinicportal.security.AsTherapist;
import org.clinicportal.security.Refusals.Caller;
import org.clinicportal.tenancy.ScriptedCaller;
import org.clinicportal.tenancy.TenancyProbe;
import org.clinicportal.tenancy.TestDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A clinic's pictures and videos of exercises in Payara against PostgreSQL: uploaded, replaced, read in ranges by
 * the clinic's therapists and by the patient whose program has the exercise, shown with the program; refused by
 * kind and size; and, to another clinic, a patient without the exercise and an anonymous caller, not there at all.
 */
@ExtendWith(ArquillianExtension.class)
class ExerciseMediaIT {

    private static final ZoneId NORTHSIDE = ZoneId.of("America/Chicago");
    /** Side-lying leg raise, of the lateral-hip template: in the runner's program. */
    private static final long LEG_RAISE = 10;
    /** Glute bridge, in the program too, which keeps its drawing. */
    private static final long BRIDGE = 12;
    /** Half-kneeling hip flexor stretch: not in the runner's program. */
    private static final long HIP_FLEXOR_STRETCH = 40;

    @Deployment
    static WebArchive deployment() {
        return TestDeployment.portalWith(TenancyProbe.class, LateralHipProbe.class);
    }

    @EJB
    private ExerciseMedia media;

    @EJB
    private MyProgram myProgram;

    @EJB
    private ExerciseLibrary library;

    @EJB
    private LateralHipProbe lateralHip;

    @EJB
    private PatientRegistry registry;

    @EJB
    private TenancyProbe probe;

    @EJB
    private AsTherapist therapist;

    @EJB
    private AsPatient patient;

    @Inject
    private ScriptedCaller caller;

    private String account;

    @BeforeEach
    void aRunnerWithTheLateralHipProgram() throws Exception {
        caller.actFor("northside");
        long runner = register("Media" + UUID.randomUUID().toString().substring(0, 8));
        account = UUID.randomUUID().toString();
        therapist.call(() -> {
            probe.nativeLinkPortalAccount(runner, account);
            return null;
        });
        therapist.call(() -> {
            lateralHip.assign(runner, LocalDate.now(NORTHSIDE));
            return null;
        });
    }

    /** The shared library's drawings are every other test's: no clinic keeps an override past this one. */
    @AfterEach
    void removeTheOverrides() throws Exception {
        for (String clinic : new String[] {"northside", "harbor"}) {
            caller.actFor(clinic);
            for (long exercise : new long[] {LEG_RAISE, HIP_FLEXOR_STRETCH}) {
                therapist.call(() -> {
                    media.remove(exercise);
                    return null;
                });
            }
        }
        caller.actForNoClinic();
    }

    @Test
    void aVideoIsReadInRangesByTheClinicAndThePatientAndShownWithTheProgram() throws Exception {
        byte[] video = mp4(3 * 1024 * 1024 + 17);
        MediumView uploaded = therapist.call(() -> media.upload(LEG_RAISE, video));
        assertEquals(MediaType.MP4, uploaded.type());
        assertEquals(video.length, uploaded.sizeBytes());

        assertArrayEquals(
                Arrays.copyOfRange(video, 2_000_000, 2_000_100),
                therapist.call(() -> media.read(LEG_RAISE, 2_000_000, 100)));
        asRunner();
        assertEquals(Optional.of(uploaded), patient.call(() -> media.of(LEG_RAISE)));
        assertArrayEquals(
                Arrays.copyOfRange(video, video.length - 10, video.length),
                patient.call(() -> media.read(LEG_RAISE, video.length - 10, 1000)),
                "the last piece is as long as what is left");
        assertEquals(0, patient.call(() -> media.read(LEG_RAISE, video.length, 10)).length);

        TodayView today = patient.call(() -> myProgram.today()).orElseThrow();
        ExerciseView legRaise = exercise(today, LEG_RAISE);
        assertEquals(MediaType.MP4, legRaise.medium());
        assertEquals(uploaded.version(), legRaise.mediumVersion());
        assertNull(exercise(today, BRIDGE).medium(), "an exercise without one keeps its drawing");
    }

    @Test
    void aNewUploadReplacesTheLastAndRemovingBringsTheDrawingBack() throws Exception {
        MediumView first = therapist.call(() -> media.upload(LEG_RAISE, mp4(4096)));
        MediumView second = therapist.call(() -> media.upload(LEG_RAISE, png(2048)));
        assertEquals(MediaType.PNG, second.type());
        assertTrue(second.version() > first.version(), "a new address for the browser's cache");
        assertEquals(Optional.of(second), therapist.call(() -> media.of(LEG_RAISE)));
        therapist.call(() -> {
            media.remove(LEG_RAISE);
            return null;
        });
        assertEquals(Optional.empty(), therapist.call(() -> media.of(LEG_RAISE)));
    }

    @Test
    void aClinicShowsItsOwnExerciseAndNoOtherClinicCanTouchIt() throws Exception {
        long wallSit = therapist.call(() -> library.add(wallSit()));
        therapist.call(() -> media.upload(wallSit, png(1000)));
        assertEquals(
                MediaType.PNG,
                therapist.call(() -> media.of(wallSit)).orElseThrow().type());

        caller.actFor("harbor");
        assertEquals(Optional.empty(), therapist.call(() -> media.of(wallSit)));
        assertEquals(0, therapist.call(() -> media.read(wallSit, 0, 100)).length);
        assertThrows(ExerciseNotFoundException.class, () -> therapist.call(() -> media.upload(wallSit, png(1000))));
        assertThrows(
                ExerciseNotFoundException.class,
                () -> therapist.call(() -> {
                    media.remove(wallSit);
                    return null;
                }));
        caller.actFor("northside");
        assertEquals(
                MediaType.PNG,
                therapist.call(() -> media.of(wallSit)).orElseThrow().type(),
                "still there");
    }

    @Test
    void eachClinicHasItsOwnOverrideOfASharedExercise() throws Exception {
        therapist.call(() -> media.upload(LEG_RAISE, mp4(5000)));
        caller.actFor("harbor");
        assertEquals(Optional.empty(), therapist.call(() -> media.of(LEG_RAISE)), "Northside's is Northside's");
        therapist.call(() -> media.upload(LEG_RAISE, png(3000)));
        assertEquals(
                MediaType.PNG,
                therapist.call(() -> media.of(LEG_RAISE)).orElseThrow().type());
        caller.actFor("northside");
        assertEquals(
                MediaType.MP4,
                therapist.call(() -> media.of(LEG_RAISE)).orElseThrow().type());
    }

    @Test
    void onlyPicturesAndVideosWithinTheirLimitAreTakenWhateverTheyAreCalled() throws Exception {
        assertThrows(ProgramRefusedException.class, () -> therapist.call(() -> media.upload(LEG_RAISE, pdf())));
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
        assertThrows(ProgramRefusedException.class, () -> therapist.call(() -> media.upload(LEG_RAISE, svg)));
        byte[] hugePicture = png(MediaType.MAX_PICTURE_BYTES + 1);
        ProgramRefusedException tooLarge = assertThrows(
                ProgramRefusedException.class, () -> therapist.call(() -> media.upload(LEG_RAISE, hugePicture)));
        assertEquals("refused.media.tooLarge", tooLarge.key());
        assertThrows(ExerciseNotFoundException.class, () -> therapist.call(() -> media.upload(987_654_321L, png(100))));
        assertEquals(Optional.empty(), therapist.call(() -> media.of(LEG_RAISE)), "nothing was stored");
    }

    @Test
    void aPatientSeesOnlyTheExercisesOfTheirProgramAndOnlyTherapistsUpload() throws Exception {
        therapist.call(() -> media.upload(HIP_FLEXOR_STRETCH, png(500)));
        therapist.call(() -> media.upload(LEG_RAISE, png(500)));
        asRunner();
        assertEquals(Optional.empty(), patient.call(() -> media.of(HIP_FLEXOR_STRETCH)), "not in their program");
        assertEquals(0, patient.call(() -> media.read(HIP_FLEXOR_STRETCH, 0, 100)).length);
        assertRefused(() -> patient.call(() -> media.upload(LEG_RAISE, png(500))));
        assertRefused(() -> patient.call(() -> {
            media.remove(LEG_RAISE);
            return null;
        }));

        caller.actFor("northside", UUID.randomUUID().toString());
        assertEquals(Optional.empty(), patient.call(() -> media.of(LEG_RAISE)), "an account with no record");
        caller.actFor("harbor", account);
        assertTrue(
                patient.call(() -> media.of(LEG_RAISE)).isEmpty(), "the runner's account signed in at another clinic");

        Caller nobody = Callable::call;
        assertRefused(() -> nobody.call(() -> media.of(LEG_RAISE)));
        assertRefused(() -> nobody.call(() -> media.read(LEG_RAISE, 0, 10)));
    }

    private void asRunner() {
        caller.actFor("northside", account);
    }

    private static ExerciseView exercise(TodayView today, long id) {
        return today.program().items().stream()
                .map(ItemView::exercise)
                .filter(exercise -> exercise.id() == id)
                .findFirst()
                .orElseThrow();
    }

    private long register(String family) throws Exception {
        PatientDetails details = new PatientDetails();
        details.setGivenName("Ida");
        details.setFamilyName(family);
        details.setDateOfBirth(LocalDate.of(1991, 5, 5));
        return therapist.call(() -> registry.register(details));
    }

    private static ExerciseForm wallSit() {
        ExerciseForm form = new ExerciseForm();
        form.setName("Wall sit " + UUID.randomUUID().toString().substring(0, 6));
        form.setCategory(ExerciseCategory.STRENGTH);
        form.setTarget("quadriceps");
        form.getDosage().setSets(3);
        form.getDosage().setHoldSeconds(30);
        form.getDosage().setReps(1);
        form.getDosage().setTimesPerWeek(3);
        form.setInstructions("Slide down a wall until the knees are bent.\nHold.");
        return form;
    }

    /** An MP4's first bytes, then noise: what the portal checks is the kind, not the film. */
    private static byte[] mp4(int size) {
        return withHead("\0\0\0\u0018ftypisom\0\0\0\0", size);
    }

    private static byte[] png(int size) {
        return withHead("\u0089PNG\r\n\u001a\n", size);
    }

    private static byte[] pdf() {
        return withHead("%PDF-1.7\n", 4000);
    }

    private static byte[] withHead(String head, int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        byte[] start = head.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(start, 0, bytes, 0, start.length);
        return bytes;
    }
}
