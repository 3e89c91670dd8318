package org.clinicportal.program;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.text.Collator;
import java.util.List;
import java.util.Set;
import org.clinicportal.language.CallersLanguage;
import org.clinicportal.language.Language;
import org.clinicportal.persistence.ConcurrentChangeException;
import org.clinicportal.security.Caller;
import org.clinicportal.security.Role;
import org.clinicportal.trail.AuditAction;
import org.clinicportal.trail.AuditTrail;
import org.clinicportal.training.DistanceUnit;
import org.eclipse.persistence.config.QueryHints;

/**
 * The exercise library: the shared exercises every clinic reads, and the clinic's own, which its
 * therapists add and change. Shared exercises cannot be changed by anyone through the portal.
 */
@Stateless
public class ExerciseLibrary {

    public static final int LARGEST_PAGE = 100;

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Inject
    private Caller caller;

    @Inject
    private CallersLanguage reader;

    @Inject
    private AuditTrail audit;

    @RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
    public long count(@NotNull @Valid ExerciseFilter filter) {
        return filtered("Exercise.countVisible", Long.class, filter).getSingleResult();
    }

    /** A page of the library, by category and name. */
    @RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
    public List<ExerciseRow> page(
            @NotNull @Valid ExerciseFilter filter, @Min(0) int first, @Min(1) @Max(LARGEST_PAGE) int size) {
        return filtered("Exercise.visible", Object[].class, filter)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList()
                .stream()
                .map(WordedExercise::of)
                .map(ExerciseRow::of)
                .toList();
    }

    /** Every exercise the clinic can prescribe, for pickers; the library is small enough to list. */
    @RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
    public List<ExerciseRow> all() {
        return filtered("Exercise.visible", Object[].class, new ExerciseFilter()).getResultList().stream()
                .map(WordedExercise::of)
                .map(ExerciseRow::of)
                .toList();
    }

    /** The distinct targets in the reader's language and alphabet order, to filter by. */
    @RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
    public List<String> targets() {
        Language language = reader.get();
        return entityManager
                .createNamedQuery("Exercise.targets", String.class)
                .setParameter("clinic", clinic())
                .setParameter("language", language.name())
                .getResultList()
                .stream()
                .sorted(Collator.getInstance(language.locale()))
                .toList();
    }

    @RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
    public ExerciseView exercise(long id) throws ExerciseNotFoundException {
        ExerciseView exercise = ItemViews.exercises(entityManager, clinic(), reader.get(), Set.of(id))
                .get(id);
        if (exercise == null) {
            throw new ExerciseNotFoundException(id);
        }
        return exercise;
    }

    /**
     * Where a shared exercise comes from: each source article it names, by title, with what the article
     * says about it in the reader's language. A clinic's own exercise cites nothing. The articles keep their
     * published titles.
     */
    @RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
    public List<Citation> citations(long id) throws ExerciseNotFoundException {
        Exercise exercise = library().readable(id);
        List<?> rows = entityManager
                .createNativeQuery("select a.title, coalesce(w.says, s.says) from exercise_source s"
                        + " join source_article a on a.code = s.source_code"
                        + " left join exercise_source_wording w on w.exercise_id = s.exercise_id"
                        + " and w.source_code = s.source_code and w.language = ?"
                        + " where s.exercise_id = ? order by a.code")
                .setParameter(1, reader.get().name())
                .setParameter(2, exercise.id())
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(columns -> new Citation((String) columns[0], (String) columns[1]))
                .toList();
    }

    /** The form to change one of the clinic's own exercises. */
    @RolesAllowed(Role.THERAPIST_NAME)
    public ExerciseForm formFor(long id, @NotNull DistanceUnit unit) throws ExerciseNotFoundException {
        Exercise exercise = library().changeable(id);
        ExerciseForm form = new ExerciseForm();
        form.setVersion(exercise.version());
        form.setDistanceUnit(unit);
        form.setName(exercise.name());
        form.setCategory(exercise.category());
        form.setTarget(exercise.target());
        form.setDosage(DosageForm.of(exercise.dosage(), unit));
        form.setInstructions(exercise.instructions());
        form.setCautions(exercise.cautions().orElse(null));
        return form;
    }

    /** Adds an exercise of the clinic's own. */
    @RolesAllowed(Role.THERAPIST_NAME)
    public long add(@NotNull @Valid ExerciseForm form) {
        Exercise exercise = new Exercise(
                clinic(),
                form.getName(),
                form.getCategory(),
                form.getTarget(),
                form.getDosage().toDosage(form.getDistanceUnit()),
                form.getInstructions(),
                form.getCautions());
        entityManager.persist(exercise);
        entityManager.flush();
        audit.record(AuditAction.EXERCISE_ADDED, null, "Exercise " + exercise.id() + " " + exercise.name());
        return exercise.id();
    }

    /** Changes one of the clinic's own exercises; shared ones are refused as if absent. */
    @RolesAllowed(Role.THERAPIST_NAME)
    public void revise(long id, @NotNull @Valid ExerciseForm form)
            throws ExerciseNotFoundException, ConcurrentChangeException {
        Exercise exercise = library().changeable(id);
        ConcurrentChangeException.requireCurrent(exercise.version(), form.getVersion());
        exercise.revise(
                form.getName(),
                form.getCategory(),
                form.getTarget(),
                form.getDosage().toDosage(form.getDistanceUnit()),
                form.getInstructions(),
                form.getCautions());
        entityManager.flush();
        audit.record(AuditAction.EXERCISE_CHANGED, null, "Exercise " + id + " " + exercise.name());
    }

    private <T> TypedQuery<T> filtered(String query, Class<T> type, ExerciseFilter filter) {
        return entityManager
                .createNamedQuery(query, type)
                .setParameter("clinic", clinic())
                .setParameter("language", reader.get().name())
                .setParameter("categories", filter.categories())
                .setParameter("target", filter.targetPattern());
    }

    private Library<Exercise, ExerciseNotFoundException> library() {
        return new Library<>(entityManager, Exercise.class, clinic(), ExerciseNotFoundException::new);
    }

    private String clinic() {
        return caller.clinic().orElseThrow(() -> new IllegalStateException("The library is read within a clinic"));
    }
}
