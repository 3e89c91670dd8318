package org.clinicportal.program;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clinicportal.input.PlainText;
import org.clinicportal.input.PlausibleDate;
import org.clinicportal.training.DistanceUnit;

/**
 * A patient's program as the therapist edits it: start date, exercises with their phases and
 * dosages, the return-to-run ramp, notes. Distances are in {@link #getDistanceUnit()}.
 */
public class ProgramForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The version this form was filled from; 0 for a first program. */
    private int basedOn;

    /** Whose program this is, for the editor's title; never stored. */
    @PlainText
    private String patientName;

    @NotNull
    private DistanceUnit distanceUnit = DistanceUnit.KILOMETRES;

    @NotNull(message = "{program.start}")
    @PlausibleDate
    private LocalDate start;

    private boolean returnToRun;

    @PlausibleDate
    private LocalDate returnToRunFrom;

    @Size(max = ProgramVersion.NOTES_LENGTH, message = "{program.notes}")
    @PlainText
    private String notes;

    @Valid
    @NotNull
    private List<ItemForm> items = new ArrayList<>();

    @AssertTrue(message = "{program.somethingToDo}")
    public boolean isSomethingToDo() {
        return !items.isEmpty() || returnToRun;
    }

    @AssertTrue(message = "{program.rampStart}")
    public boolean isRampStartValid() {
        return !returnToRun || returnToRunFrom != null && (start == null || !returnToRunFrom.isBefore(start));
    }

    public String getPatientName() {
        return patientName;
    }

    public void setPatientName(String patientName) {
        this.patientName = patientName;
    }

    public int getBasedOn() {
        return basedOn;
    }

    public void setBasedOn(int basedOn) {
        this.basedOn = basedOn;
    }

    public DistanceUnit getDistanceUnit() {
        return distanceUnit;
    }

    public void setDistanceUnit(DistanceUnit distanceUnit) {
        this.distanceUnit = distanceUnit;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public boolean isReturnToRun() {
        return returnToRun;
    }

    public void setReturnToRun(boolean returnToRun) {
        this.returnToRun = returnToRun;
    }

    public LocalDate getReturnToRunFrom() {
        return returnToRunFrom;
    }

    public void setReturnToRunFrom(LocalDate returnToRunFrom) {
        this.returnToRunFrom = returnToRunFrom;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public List<ItemForm> getItems() {
        return items;
    }

    public void setItems(List<ItemForm> items) {
        this.items = items;
    }
}
