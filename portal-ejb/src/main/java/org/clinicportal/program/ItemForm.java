package org.clinicportal.program;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.clinicportal.input.PlainText;
import org.clinicportal.training.DistanceUnit;

/** One exercise of a program or template as the editor holds it. */
public class ItemForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{item.exercise}")
    private Long exerciseId;

    /** Shown in the editor only; the service reads the exercise by its id. */
    @PlainText
    private String exerciseName;

    private ExerciseCategory category;

    @NotNull(message = "{item.fromWeek}")
    @Min(value = 1, message = "{item.fromWeek}")
    @Max(value = Phase.LONGEST_PROGRAM_WEEKS, message = "{item.fromWeek}")
    private Integer fromWeek = 1;

    @Min(value = 1, message = "{item.toWeek}")
    @Max(value = Phase.LONGEST_PROGRAM_WEEKS, message = "{item.toWeek}")
    private Integer toWeek;

    @Valid
    @NotNull
    private DosageForm dosage = new DosageForm();

    @Size(max = ProgramItem.NOTE_LENGTH, message = "{item.note}")
    @PlainText
    private String note;

    public static ItemForm of(ProgramItem item, ExerciseView exercise, DistanceUnit unit) {
        ItemForm form = new ItemForm();
        form.exerciseId = item.exerciseId();
        form.exerciseName = exercise.name();
        form.category = exercise.category();
        form.fromWeek = item.phase().fromWeek();
        form.toWeek = item.phase().toWeek().isPresent() ? item.phase().toWeek().getAsInt() : null;
        form.dosage = DosageForm.of(item.dosage(), unit);
        form.note = item.note().orElse(null);
        return form;
    }

    /** A new line with the exercise's default dosage, for the whole program. */
    public static ItemForm of(ExerciseView exercise, DistanceUnit unit) {
        ItemForm form = new ItemForm();
        form.exerciseId = exercise.id();
        form.exerciseName = exercise.name();
        form.category = exercise.category();
        form.dosage = DosageForm.of(exercise.dosage(), unit);
        return form;
    }

    public ProgramItem toItem(DistanceUnit unit) {
        return new ProgramItem(exerciseId, Phase.of(fromWeek, toWeek), dosage.toDosage(unit), note);
    }

    @AssertTrue(message = "{item.weeksInOrder}")
    public boolean isWeeksInOrder() {
        return toWeek == null || fromWeek == null || toWeek >= fromWeek;
    }

    public Long getExerciseId() {
        return exerciseId;
    }

    public void setExerciseId(Long exerciseId) {
        this.exerciseId = exerciseId;
    }

    public String getExerciseName() {
        return exerciseName;
    }

    public ExerciseCategory getCategory() {
        return category;
    }

    public Integer getFromWeek() {
        return fromWeek;
    }

    public void setFromWeek(Integer fromWeek) {
        this.fromWeek = fromWeek;
    }

    public Integer getToWeek() {
        return toWeek;
    }

    public void setToWeek(Integer toWeek) {
        this.toWeek = toWeek;
    }

    public DosageForm getDosage() {
        return dosage;
    }

    public void setDosage(DosageForm dosage) {
        this.dosage = dosage;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
