package org.clinicportal.program;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.clinicportal.input.PlainText;
import org.clinicportal.training.DistanceUnit;

/** A clinic's own exercise as the form holds it. */
public class ExerciseForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private long version;

    @NotNull
    private DistanceUnit distanceUnit = DistanceUnit.KILOMETRES;

    @NotBlank(message = "{exercise.name}")
    @Size(max = Exercise.NAME_LENGTH, message = "{exercise.name}")
    @PlainText
    private String name;

    @NotNull(message = "{exercise.category}")
    private ExerciseCategory category;

    @NotBlank(message = "{exercise.target}")
    @Size(max = Exercise.TARGET_LENGTH, message = "{exercise.target}")
    @PlainText
    private String target;

    @Valid
    @NotNull
    private DosageForm dosage = new DosageForm();

    @NotBlank(message = "{exercise.instructions}")
    @Size(max = Exercise.TEXT_LENGTH, message = "{exercise.instructions}")
    @PlainText
    private String instructions;

    @Size(max = Exercise.TEXT_LENGTH, message = "{exercise.cautions}")
    @PlainText
    private String cautions;

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public DistanceUnit getDistanceUnit() {
        return distanceUnit;
    }

    public void setDistanceUnit(DistanceUnit distanceUnit) {
        this.distanceUnit = distanceUnit;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ExerciseCategory getCategory() {
        return category;
    }

    public void setCategory(ExerciseCategory category) {
        this.category = category;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public DosageForm getDosage() {
        return dosage;
    }

    public void setDosage(DosageForm dosage) {
        this.dosage = dosage;
    }

    public String getInstructions() {
        return instructions;
    }

    public void setInstructions(String instructions) {
        this.instructions = instructions;
    }

    public String getCautions() {
        return cautions;
    }

    public void setCautions(String cautions) {
        this.cautions = cautions;
    }
}
