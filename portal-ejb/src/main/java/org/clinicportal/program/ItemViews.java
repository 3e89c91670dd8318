package org.clinicportal.program;

import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.clinicportal.language.Language;
import org.clinicportal.training.DistanceUnit;

/**
 * Reads the exercises of a list of items in one query, whatever the number of items, in the reader's language, and
 * checks them.
 */
final class ItemViews {

    private ItemViews() {}

    static List<ItemView> of(EntityManager entityManager, String clinic, Language reader, List<ProgramItem> items) {
        Map<Long, ExerciseView> exercises = exercises(
                entityManager,
                clinic,
                reader,
                items.stream().map(ProgramItem::exerciseId).collect(Collectors.toSet()));
        return items.stream()
                .map(item -> new ItemView(
                        exercises.get(item.exerciseId()),
                        item.phase(),
                        item.dosage(),
                        item.note().orElse("")))
                .toList();
    }

    static Map<Long, ExerciseView> exercises(
            EntityManager entityManager, String clinic, Language reader, Set<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return entityManager
                .createNamedQuery("Exercise.wordedAmong", Object[].class)
                .setParameter("clinic", clinic)
                .setParameter("language", reader.name())
                .setParameter("ids", ids)
                .getResultList()
                .stream()
                .map(WordedExercise::of)
                .collect(Collectors.toMap(worded -> worded.exercise().id(), worded -> ExerciseView.of(worded, clinic)));
    }

    /** The form's lines as items, refusing exercises the clinic cannot see, whatever the request says. */
    static List<ProgramItem> items(EntityManager entityManager, String clinic, List<ItemForm> lines, DistanceUnit unit)
            throws ExerciseNotFoundException {
        Set<Long> missing = lines.stream().map(ItemForm::getExerciseId).collect(Collectors.toCollection(HashSet::new));
        if (!missing.isEmpty()) {
            missing.removeAll(entityManager
                    .createNamedQuery("Exercise.visibleAmong", Long.class)
                    .setParameter("clinic", clinic)
                    .setParameter("ids", Set.copyOf(missing))
                    .getResultList());
        }
        if (!missing.isEmpty()) {
            throw new ExerciseNotFoundException(missing.iterator().next());
        }
        return lines.stream().map(line -> line.toItem(unit)).toList();
    }
}
