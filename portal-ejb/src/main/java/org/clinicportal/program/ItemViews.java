package org.clinicportal.program;

import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.clinicportal.training.DistanceUnit;

/** Reads the exercises of a list of items in one query, whatever the number of items, and checks them. */
final class ItemViews {

    private ItemViews() {}

    static List<ItemView> of(EntityManager entityManager, String clinic, List<ProgramItem> items) {
        Map<Long, ExerciseView> exercises = exercises(
                entityManager,
                clinic,
                items.stream().map(ProgramItem::exerciseId).collect(Collectors.toSet()));
        return items.stream()
                .map(item -> new ItemView(
                        exercises.get(item.exerciseId()),
                        item.phase(),
                        item.dosage(),
                        item.note().orElse("")))
                .toList();
    }

    static Map<Long, ExerciseView> exercises(EntityManager entityManager, String clinic, Set<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return entityManager
                .createNamedQuery("Exercise.visibleAmong", Exercise.class)
                .setParameter("clinic", clinic)
                .setParameter("ids", ids)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(Exercise::id, exercise -> ExerciseView.of(exercise, clinic)));
    }

    /** The form's lines as items, refusing exercises the clinic cannot see, whatever the request says. */
    static List<ProgramItem> items(EntityManager entityManager, String clinic, List<ItemForm> lines, DistanceUnit unit)
            throws ExerciseNotFoundException {
        Set<Long> wanted = lines.stream().map(ItemForm::getExerciseId).collect(Collectors.toSet());
        Set<Long> missing = new HashSet<>(wanted);
        missing.removeAll(exercises(entityManager, clinic, wanted).keySet());
        if (!missing.isEmpty()) {
            throw new ExerciseNotFoundException(missing.iterator().next());
        }
        return lines.stream().map(line -> line.toItem(unit)).toList();
    }
}
