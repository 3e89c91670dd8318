package org.clinicportal.program;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.clinicportal.patient.PortalPatients;
import org.clinicportal.security.Caller;
import org.clinicportal.security.Role;
import org.clinicportal.trail.AuditAction;
import org.clinicportal.trail.AuditTrail;
import org.eclipse.persistence.config.QueryHints;

/**
 * A clinic's pictures and videos of exercises: its therapists upload one per exercise (their own, or as the clinic's
 * override of a shared one's drawing) and remove it; its therapists and the patients whose current program has the
 * exercise read it, in ranges. To anyone else, another clinic's staff or patients included, there is none.
 */
@Stateless
public class ExerciseMedia {

    /** The most a read returns at once: a video is streamed in pieces of this size. */
    public static final int LARGEST_READ = 1024 * 1024;

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Inject
    private Caller caller;

    @Inject
    private AuditTrail audit;

    /** The container's word on the caller's roles, as @RolesAllowed reads it. */
    @Resource
    private SessionContext context;

    /**
     * Keeps the bytes as the clinic's picture or video of the exercise, in place of any earlier one.
     *
     * @throws ExerciseNotFoundException when the clinic cannot see the exercise
     * @throws ProgramRefusedException   when the bytes are no picture or video the portal takes, or too large
     */
    @RolesAllowed(Role.THERAPIST_NAME)
    public MediumView upload(long exerciseId, @NotNull byte[] content)
            throws ExerciseNotFoundException, ProgramRefusedException {
        requireVisible(exerciseId);
        MediaType type = MediaType.sniff(content).orElseThrow(() -> new ProgramRefusedException("refused.media.type"));
        if (content.length > type.maxBytes()) {
            throw new ProgramRefusedException("refused.media.tooLarge", type.maxBytes() / (1024 * 1024));
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ExerciseMedium medium = find(exerciseId).orElse(null);
        if (medium == null) {
            medium = new ExerciseMedium(clinic(), exerciseId, content, caller.username(), now);
            entityManager.persist(medium);
        } else {
            medium.replace(content, caller.username(), now);
        }
        entityManager.flush();
        audit.record(
                AuditAction.EXERCISE_MEDIUM_UPLOADED,
                null,
                "Exercise " + exerciseId + ": " + type + ", " + content.length + " bytes");
        return view(medium);
    }

    /** Takes the clinic's picture or video of the exercise away; a shared exercise shows its drawing again. */
    @RolesAllowed(Role.THERAPIST_NAME)
    public void remove(long exerciseId) throws ExerciseNotFoundException {
        requireVisible(exerciseId);
        int removed = entityManager
                .createNamedQuery("ExerciseMedium.remove")
                .setParameter("clinic", clinic())
                .setParameter("exercise", exerciseId)
                .executeUpdate();
        if (removed > 0) {
            audit.record(AuditAction.EXERCISE_MEDIUM_REMOVED, null, "Exercise " + exerciseId);
        }
    }

    /** The clinic's picture or video of the exercise, if there is one and the caller may see it. */
    @RolesAllowed({Role.THERAPIST_NAME, Role.PATIENT_NAME})
    public Optional<MediumView> of(long exerciseId) {
        if (!mayRead(exerciseId)) {
            return Optional.empty();
        }
        return entityManager
                .createNamedQuery("ExerciseMedium.describe", Object[].class)
                .setParameter("clinic", clinic())
                .setParameter("exercise", exerciseId)
                .getResultStream()
                .findFirst()
                .map(row -> new MediumView(
                        ((Number) row[0]).longValue(),
                        (MediaType) row[1],
                        ((Number) row[2]).intValue(),
                        ((Number) row[3]).longValue()));
    }

    /**
     * A range of the bytes, for streaming: a phone that seeks in a video asks for the part it plays next.
     *
     * @return the bytes from {@code from}, at most {@code length} of them; empty when there are none to read
     */
    @RolesAllowed({Role.THERAPIST_NAME, Role.PATIENT_NAME})
    public byte[] read(long exerciseId, @Min(0) long from, @Min(1) @Max(LARGEST_READ) int length) {
        if (!mayRead(exerciseId)) {
            return new byte[0];
        }
        List<?> rows = entityManager
                .createNativeQuery("select substring(content from ? for ?) from exercise_medium"
                        + " where clinic_id = ? and exercise_id = ?")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, (int) Math.min(from + 1, Integer.MAX_VALUE))
                .setParameter(2, length)
                .setParameter(3, clinic())
                .setParameter(4, exerciseId)
                .getResultList();
        return rows.isEmpty() ? new byte[0] : (byte[]) rows.get(0);
    }

    /** Staff read every medium of their clinic; a patient only those of the exercises in their current program. */
    private boolean mayRead(long exerciseId) {
        if (context.isCallerInRole(Role.THERAPIST_NAME)) {
            return true;
        }
        return PortalPatients.signedIn(entityManager, caller)
                .flatMap(me -> Programs.currentVersion(entityManager, me.id()))
                .filter(version -> version.items().stream().anyMatch(item -> item.exerciseId() == exerciseId))
                .isPresent();
    }

    private void requireVisible(long exerciseId) throws ExerciseNotFoundException {
        boolean visible = !entityManager
                .createNamedQuery("Exercise.visibleAmong", Long.class)
                .setParameter("clinic", clinic())
                .setParameter("ids", List.of(exerciseId))
                .getResultList()
                .isEmpty();
        if (!visible) {
            throw new ExerciseNotFoundException(exerciseId);
        }
    }

    private Optional<ExerciseMedium> find(long exerciseId) {
        return entityManager
                .createNamedQuery("ExerciseMedium.ofExercise", ExerciseMedium.class)
                .setParameter("clinic", clinic())
                .setParameter("exercise", exerciseId)
                .getResultStream()
                .findFirst();
    }

    private static MediumView view(ExerciseMedium medium) {
        return new MediumView(medium.exerciseId(), medium.mediaType(), medium.sizeBytes(), medium.version());
    }

    private String clinic() {
        return caller.clinic().orElseThrow(() -> new IllegalStateException("Exercise media belong to a clinic"));
    }
}
