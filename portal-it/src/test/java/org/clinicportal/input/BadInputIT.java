package org.clinicportal.input;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.clinicportal.audit.AuditFilter;
import org.clinicportal.audit.AuditLog;
import org.clinicportal.clinic.ClinicForm;
import org.clinicportal.clinic.ClinicOnboarding;
import org.clinicportal.intake.IntakeService;
import org.clinicportal.intake.IntakeView;
import org.clinicportal.intake.RedFlag;
import org.clinicportal.patient.PatientDetails;
import org.clinicportal.patient.PatientRegistry;
import org.clinicportal.patient.PatientSearch;
import org.clinicportal.patient.Runners;
import org.clinicportal.program.ExerciseCategory;
import org.clinicportal.program.ExerciseFilter;
import org.clinicportal.program.ExerciseForm;
import org.clinicportal.program.ExerciseLibrary;
import org.clinicportal.program.LateralHipProbe;
import org.clinicportal.program.ProgramAssignments;
import org.clinicportal.program.ProgramTemplates;
import org.clinicportal.program.TemplateForm;
import org.clinicportal.progress.AlertKind;
import org.clinicportal.progress.AlertView;
import org.clinicportal.progress.CaseloadFilter;
import org.clinicportal.progress.MeasureForm;
import org.clinicportal.progress.ProgressLog;
import org.clinicportal.progress.ProgressReview;
import org.clinicportal.progress.RunForm;
import org.clinicportal.progress.SessionForm;
import org.clinicportal.progress.ShoeForm;
import org.clinicportal.security.AsClinicAdmin;
import org.clinicportal.security.AsPatient;
import org.clinicportal.security.AsPlatformAdmin;
import org.clinicportal.security.AsTherapist;
import org.clinicportal.staff.StaffAccounts;
import org.clinicportal.staff.StaffForm;
import org.clinicportal.staff.StaffRole;
import org.clinicportal.tenancy.ScriptedCaller;
import org.clinicportal.tenancy.TenancyProbe;
import org.clinicportal.tenancy.TestDeployment;
import org.clinicportal.training.DistanceUnit;
import org.clinicportal.training.ShoeType;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * The bad-input corpus ({@link BadInput}) posted to every form's service, field by field: each value is
 * refused with a message naming that field, nothing the service keeps has changed afterwards, and no
 * other exception escapes. Free-text parameters (notes, addenda, searches) get the same treatment.
 */
@ExtendWith(ArquillianExtension.class)
class BadInputIT {

    private static final ZoneId NORTHSIDE = ZoneId.of("America/Chicago");
    private static final String NUL = "Ri\u0000vera";

    @Deployment
    static WebArchive deployment() {
        return TestDeployment.portalWith(TenancyProbe.class, BadInput.class, LateralHipProbe.class);
    }

    @EJB
    private LateralHipProbe lateralHip;

    @EJB
    private PatientRegistry registry;

    @EJB
    private IntakeService intakes;

    @EJB
    private ExerciseLibrary library;

    @EJB
    private ProgramTemplates templates;

    @EJB
    private ProgramAssignments assignments;

    @EJB
    private ProgressLog log;

    @EJB
    private ProgressReview review;

    @EJB
    private StaffAccounts staff;

    @EJB
    private ClinicOnboarding onboarding;

    @EJB
    private AuditLog auditLog;

    @EJB
    private TenancyProbe probe;

    @EJB
    private AsTherapist therapist;

    @EJB
    private AsPatient patient;

    @EJB
    private AsClinicAdmin clinicAdmin;

    @EJB
    private AsPlatformAdmin platformAdmin;

    @Inject
    private ScriptedCaller caller;

    private long patientId;
    private String account;

    @BeforeEach
    void aPatientWithAProgramAndAPortalLogin() throws Exception {
        caller.actFor("northside");
        PatientDetails details = details();
        patientId = therapist.call(() -> registry.register(details));
        account = UUID.randomUUID().toString();
        therapist.call(() -> {
            probe.nativeLinkPortalAccount(patientId, account);
            return null;
        });
        therapist.call(() -> {
            lateralHip.assign(patientId, today());
            return null;
        });
    }

    @AfterEach
    void forgetCaller() {
        caller.actForNoClinic();
    }

    @Test
    void patientDetails() throws Exception {
        assertEveryFieldRefused(
                therapist::call,
                BadInputIT::details,
                form -> registry.update(patientId, registry.profile(patientId).version(), form),
                () -> registry.profile(patientId).version());
    }

    @Test
    void intakeAndItsFreeText() throws Exception {
        long intakeId = therapist.call(() -> intakes.start(patientId));
        assertEveryFieldRefused(
                therapist::call,
                () -> intakes.open(intakeId).form(),
                form -> intakes.save(intakeId, intakes.open(intakeId).version(), form),
                () -> intakes.open(intakeId).version());

        IntakeView flagged = therapist.call(() -> {
            IntakeView view = intakes.open(intakeId);
            view.form().getRedFlags().put(RedFlag.NIGHT_PAIN.name(), true);
            return intakes.save(intakeId, view.version(), view.form());
        });
        long alert = flagged.referrals().get(0).id();
        long version = flagged.referrals().get(0).version();
        assertEveryTextRefused(
                therapist::call,
                1000,
                note -> intakes.acknowledgeReferral(alert, version, note),
                () -> intakes.referrals(patientId));

        therapist.call(() -> {
            intakes.acknowledgeReferral(alert, version, "Referred on 2 Nov");
            IntakeView view = intakes.open(intakeId);
            for (RedFlag flag : RedFlag.values()) {
                view.form().getRedFlags().putIfAbsent(flag.name(), false);
            }
            return intakes.sign(
                    intakeId,
                    intakes.save(intakeId, view.version(), view.form()).version());
        });
        assertEveryTextRefused(
                therapist::call,
                4000,
                text -> intakes.addAddendum(intakeId, text),
                () -> intakes.open(intakeId).addenda());
    }

    @Test
    void exerciseTemplateAndProgram() throws Exception {
        long exercise = therapist.call(() -> library.add(exercise()));
        assertEveryFieldRefused(
                therapist::call,
                () -> library.formFor(exercise, DistanceUnit.KILOMETRES),
                form -> library.revise(exercise, form),
                () -> library.exercise(exercise));

        long template = therapist.call(() -> {
            TemplateForm form = new TemplateForm();
            form.setName("Corpus template " + UUID.randomUUID());
            form.getItems().addAll(templates.itemsOf(templates.list().get(0).id(), DistanceUnit.KILOMETRES));
            return templates.create(form);
        });
        assertEveryFieldRefused(
                therapist::call,
                () -> templates.formFor(template, DistanceUnit.KILOMETRES),
                form -> templates.revise(template, form),
                () -> templates.template(template));

        assertEveryFieldRefused(
                therapist::call,
                () -> assignments.draft(patientId, DistanceUnit.KILOMETRES),
                form -> assignments.assign(patientId, form),
                () -> assignments.overview(patientId));
    }

    @Test
    void thePatientsLogs() throws Exception {
        caller.actFor("northside", account);
        assertEveryFieldRefused(
                patient::call,
                () -> session(log.sessionForm(today())),
                form -> log.logSession(form),
                () -> log.progress().pains());
        assertEveryFieldRefused(
                patient::call,
                () -> run(log.runForm(DistanceUnit.KILOMETRES)),
                form -> log.logRun(form),
                () -> log.progress().pains());
        assertEveryFieldRefused(patient::call, BadInputIT::shoe, form -> log.addShoe(form), () -> log.shoes());
        assertEveryFieldRefused(
                patient::call,
                BadInputIT::measure,
                form -> log.recordMeasure(form),
                () -> log.progress().measures());
    }

    @Test
    void measuresAtAVisitAndAlertNotes() throws Exception {
        assertEveryFieldRefused(
                therapist::call,
                BadInputIT::measure,
                form -> review.recordMeasure(patientId, form),
                () -> review.progress(patientId).measures());

        caller.actFor("northside", account);
        patient.call(() -> log.reportSymptoms(Set.of(RedFlag.NIGHT_PAIN)));
        caller.actFor("northside");
        AlertView flag =
                therapist.call(() -> review.progress(patientId)).alerts().get(0);
        assertEveryTextRefused(
                therapist::call,
                1000,
                note -> review.acknowledge(AlertKind.RED_FLAG, flag.id(), flag.version(), note),
                () -> review.progress(patientId).alerts());
    }

    @Test
    void searchesAndFilters() throws Exception {
        assertEveryFieldRefused(
                therapist::call, CaseloadFilter::new, filter -> review.caseloadCount(filter), () -> null);
        assertEveryFieldRefused(therapist::call, ExerciseFilter::new, filter -> library.count(filter), () -> null);
        for (Object name : List.of(NUL, "x".repeat(81))) {
            assertFieldRefused(
                    "name", () -> therapist.call(() -> registry.count(new PatientSearch((String) name, null, null))));
        }
        assertEveryFieldRefused(clinicAdmin::call, AuditFilter::new, filter -> auditLog.count(filter), () -> null);
    }

    @Test
    void staffAndClinicOnboarding() throws Exception {
        String username = "corpus-" + UUID.randomUUID().toString().substring(0, 8);
        assertEveryFieldRefused(
                clinicAdmin::call,
                () -> {
                    StaffForm form = new StaffForm();
                    form.setUsername(username);
                    form.setGivenName("Tess");
                    form.setFamilyName("Tester");
                    form.setEmail(username + "@example.org");
                    form.setRole(StaffRole.THERAPIST);
                    return form;
                },
                form -> staff.create(form),
                () -> staff.list());

        caller.actForNoClinic();
        String slug = "corpus-" + UUID.randomUUID().toString().substring(0, 8);
        assertEveryFieldRefused(
                platformAdmin::call,
                () -> {
                    ClinicForm form = new ClinicForm();
                    form.setSlug(slug);
                    form.setName("Corpus Runners");
                    form.setTimeZone("Europe/Dublin");
                    form.setAdminUsername(slug + "-admin");
                    form.setAdminGivenName("Rita");
                    form.setAdminFamilyName("Ramos");
                    form.setAdminEmail(slug + "@example.org");
                    return form;
                },
                form -> onboarding.onboard(form),
                () -> onboarding.clinics());
    }

    /** Runs work as one role, as the {@code As…} helpers do. */
    @FunctionalInterface
    private interface Role {
        <T> T call(Callable<T> work) throws Exception;
    }

    @FunctionalInterface
    private interface Submit<F> {
        void submit(F form) throws Exception;
    }

    @FunctionalInterface
    private interface Read {
        Object read() throws Exception;
    }

    /**
     * For each bad value of each field: a fresh form with that one value is refused, naming the field,
     * and what the service keeps reads the same afterwards.
     */
    private <F> void assertEveryFieldRefused(Role role, Callable<F> freshForm, Submit<F> submit, Read stored)
            throws Exception {
        List<BadInput> corpus = BadInput.corpus(role.call(freshForm));
        assertFalse(corpus.isEmpty());
        List<Executable> checks = new ArrayList<>();
        for (BadInput bad : corpus) {
            checks.add(() -> {
                Object before = role.call(stored::read);
                F form = role.call(freshForm);
                bad.applyTo(form);
                assertFieldRefused(
                        bad.path(),
                        () -> role.call(() -> {
                            submit.submit(form);
                            return null;
                        }),
                        bad.toString());
                assertEquals(before, role.call(stored::read), () -> bad + " changed what is stored");
            });
        }
        assertAll(corpus.get(0).path() + "…", checks);
    }

    /** A free-text parameter: NUL and one character too many are refused as that parameter, and nothing changes. */
    private void assertEveryTextRefused(Role role, int maxLength, Submit<String> submit, Read stored) throws Exception {
        for (String text : List.of(NUL, "x".repeat(maxLength + 1))) {
            String what = text.length() > 20 ? "over-long text" : "text with NUL";
            Object before = role.call(stored::read);
            ConstraintViolationException refused = refusal(
                    () -> role.call(() -> {
                        submit.submit(text);
                        return null;
                    }),
                    what);
            assertTrue(
                    refused.getConstraintViolations().stream()
                            .anyMatch(v -> lastNode(v).getKind() == ElementKind.PARAMETER),
                    () -> what + " refused, but not as the parameter: " + refused.getConstraintViolations());
            assertEquals(before, role.call(stored::read), () -> what + " changed what is stored");
        }
    }

    private static Path.Node lastNode(ConstraintViolation<?> violation) {
        Path.Node last = null;
        for (Path.Node node : violation.getPropertyPath()) {
            last = node;
        }
        return last;
    }

    private static void assertFieldRefused(String path, Callable<?> call) {
        assertFieldRefused(path, call, path);
    }

    /** The call is refused by validation, and one of the refusals names the field (its path ends with it). */
    private static void assertFieldRefused(String path, Callable<?> call, String what) {
        ConstraintViolationException refused = refusal(call, what);
        List<String> paths = refused.getConstraintViolations().stream()
                .map(ConstraintViolation::getPropertyPath)
                .map(Object::toString)
                .toList();
        assertTrue(paths.stream().anyMatch(p -> p.endsWith(path)), () -> what + " refused, but for " + paths);
    }

    /** The validation refusal the call ends in, every part of it with a message; anything else fails the test. */
    private static ConstraintViolationException refusal(Callable<?> call, String what) {
        try {
            call.call();
        } catch (EJBException e) {
            ConstraintViolationException violations = violations(e);
            if (violations == null) {
                return fail(what + " failed with " + e + " instead of a refusal");
            }
            assertTrue(
                    violations.getConstraintViolations().stream()
                            .noneMatch(v -> v.getMessage().startsWith("{")),
                    () -> what + ": every refusal has a message");
            return violations;
        } catch (Exception e) {
            return fail(what + " failed with " + e + " instead of a refusal");
        }
        return fail(what + " was accepted");
    }

    private static ConstraintViolationException violations(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violations) {
                return violations;
            }
        }
        return null;
    }

    private static LocalDate today() {
        return LocalDate.now(NORTHSIDE);
    }

    private static PatientDetails details() {
        return Runners.details("Cora", "Corpus", LocalDate.of(1990, 5, 5));
    }

    private static ExerciseForm exercise() {
        ExerciseForm form = new ExerciseForm();
        form.setName("Corpus drill " + UUID.randomUUID());
        form.setCategory(ExerciseCategory.STRENGTH);
        form.setTarget("glutes");
        form.getDosage().setSets(3);
        form.getDosage().setReps(10);
        form.getDosage().setTimesPerWeek(3);
        form.setInstructions("Lift.\nLower.");
        return form;
    }

    private static SessionForm session(SessionForm form) {
        form.setPainDuring(1);
        form.setPainAfter(1);
        return form;
    }

    private static RunForm run(RunForm form) {
        form.setDay(today());
        form.setDistance(new BigDecimal("5"));
        form.setDurationMinutes(30);
        form.setPainDuring(1);
        form.setPainAfter(1);
        return form;
    }

    private static ShoeForm shoe() {
        ShoeForm form = new ShoeForm();
        form.setName("Corpus trainers");
        form.setType(ShoeType.ROAD);
        form.setDistanceUnit(DistanceUnit.KILOMETRES);
        return form;
    }

    private static MeasureForm measure() {
        MeasureForm form = new MeasureForm();
        form.setTakenOn(today());
        form.setLefs(new ArrayList<>(Collections.nCopies(20, 3)));
        form.setPain(2);
        return form;
    }
}
