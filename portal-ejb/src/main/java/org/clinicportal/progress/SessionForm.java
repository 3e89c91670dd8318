package org.clinicportal.progress;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clinicportal.input.PlainText;
import org.clinicportal.input.PlausibleDate;

/** A day's exercise session as the patient reports it: sets done per due exercise, pain, a note. */
public class SessionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    @PastOrPresent(message = "{log.day}")
    @PlausibleDate
    private LocalDate day;

    @Valid
    @NotNull
    private List<Line> lines = new ArrayList<>();

    @NotNull(message = "{log.painDuring}")
    @Min(value = 0, message = "{log.painDuring}")
    @Max(value = 10, message = "{log.painDuring}")
    private Integer painDuring;

    @NotNull(message = "{log.painAfter}")
    @Min(value = 0, message = "{log.painAfter}")
    @Max(value = 10, message = "{log.painAfter}")
    private Integer painAfter;

    @Size(max = SessionLog.NOTE_LENGTH, message = "{log.note}")
    @PlainText
    private String note;

    /** Whether this day was already reported: saving corrects it. */
    private boolean correction;

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public List<Line> getLines() {
        return lines;
    }

    public void setLines(List<Line> lines) {
        this.lines = lines;
    }

    public Integer getPainDuring() {
        return painDuring;
    }

    public void setPainDuring(Integer painDuring) {
        this.painDuring = painDuring;
    }

    public Integer getPainAfter() {
        return painAfter;
    }

    public void setPainAfter(Integer painAfter) {
        this.painAfter = painAfter;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isCorrection() {
        return correction;
    }

    public void setCorrection(boolean correction) {
        this.correction = correction;
    }

    /** One due exercise: what was prescribed, and how many sets were done. */
    public static class Line implements Serializable {

        private static final long serialVersionUID = 1L;

        @NotNull
        private Long exerciseId;

        @PlainText
        private String name;

        @PlainText
        private String dosage;

        private int setsPrescribed;

        @NotNull(message = "{log.setsDone}")
        @Min(value = 0, message = "{log.setsDone}")
        @Max(value = ExerciseDone.MAX_SETS, message = "{log.setsDone}")
        private Integer setsDone = 0;

        public Line() {}

        public Line(long exerciseId, String name, int setsPrescribed, int setsDone) {
            this.exerciseId = exerciseId;
            this.name = name;
            this.setsPrescribed = setsPrescribed;
            this.setsDone = setsDone;
        }

        public Long getExerciseId() {
            return exerciseId;
        }

        public void setExerciseId(Long exerciseId) {
            this.exerciseId = exerciseId;
        }

        public String getName() {
            return name;
        }

        public int getSetsPrescribed() {
            return setsPrescribed;
        }

        public Integer getSetsDone() {
            return setsDone;
        }

        public void setSetsDone(Integer setsDone) {
            this.setsDone = setsDone;
        }

        public String getDosage() {
            return dosage;
        }

        public void setDosage(String dosage) {
            this.dosage = dosage;
        }
    }
}
