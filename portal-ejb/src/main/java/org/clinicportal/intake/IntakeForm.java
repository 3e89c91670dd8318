package org.clinicportal.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.clinicportal.input.PlainText;
import org.clinicportal.input.PlausibleDate;
import org.clinicportal.training.DistanceUnit;

/**
 * The intake as the therapist fills it in, section by section, any part still open while it is a draft. Each
 * section carries its own constraints and its conversion to and from the intake; the service validates the whole
 * again before anything is stored.
 */
public class IntakeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{intake.visitDate}")
    @PastOrPresent(message = "{intake.visitDate.future}")
    @PlausibleDate
    private LocalDate visitDate;

    @NotNull
    private DistanceUnit distanceUnit;

    @Valid
    private SubjectiveForm subjective = new SubjectiveForm();

    /** Red-flag answers by flag name: {@code true} yes, {@code false} no, absent unanswered. */
    private final Map<String, Boolean> redFlags = new HashMap<>();

    @Valid
    private ObjectiveForm objective = new ObjectiveForm();

    @Valid
    private GaitForm gait = new GaitForm();

    private Condition primaryHypothesis;

    private Condition[] otherHypotheses;

    @Size(max = 4000, message = "{input.tooLong}")
    @PlainText
    private String clinicalReasoning;

    static IntakeForm of(Intake intake, DistanceUnit unit) {
        IntakeForm form = new IntakeForm();
        form.visitDate = intake.visitDate();
        form.distanceUnit = unit;
        form.subjective = SubjectiveForm.of(intake.subjective(), unit);
        RedFlagScreen screen = intake.redFlagScreen();
        for (RedFlag flag : RedFlag.values()) {
            screen.answerTo(flag).ifPresent(answer -> form.redFlags.put(flag.name(), answer));
        }
        form.objective = ObjectiveForm.of(intake.objective());
        form.gait = GaitForm.of(intake.objective().gait());
        List<Condition> hypotheses = intake.hypotheses();
        form.primaryHypothesis = hypotheses.isEmpty() ? null : hypotheses.get(0);
        form.otherHypotheses = hypotheses.stream().skip(1).toArray(Condition[]::new);
        form.clinicalReasoning = intake.clinicalReasoning();
        return form;
    }

    Subjective toSubjective() {
        return subjective.toSubjective(distanceUnit);
    }

    RedFlagScreen toRedFlagScreen() {
        RedFlagScreen screen = RedFlagScreen.unanswered();
        for (RedFlag flag : RedFlag.values()) {
            Boolean answer = redFlags.get(flag.name());
            if (answer != null) {
                screen = screen.answer(flag, answer);
            }
        }
        return screen;
    }

    Objective toObjective() {
        return objective.toObjective(gait.toGait());
    }

    /** The primary hypothesis first, then the others in the order chosen, without repeats. */
    List<Condition> toHypotheses() {
        LinkedHashSet<Condition> ordered = new LinkedHashSet<>();
        if (primaryHypothesis != null) {
            ordered.add(primaryHypothesis);
        }
        if (otherHypotheses != null) {
            ordered.addAll(Arrays.asList(otherHypotheses));
        }
        return List.copyOf(ordered);
    }

    public Map<String, Boolean> getRedFlags() {
        return redFlags;
    }

    public SubjectiveForm getSubjective() {
        return subjective;
    }

    public ObjectiveForm getObjective() {
        return objective;
    }

    public GaitForm getGait() {
        return gait;
    }

    public LocalDate getVisitDate() {
        return visitDate;
    }

    public void setVisitDate(LocalDate visitDate) {
        this.visitDate = visitDate;
    }

    public DistanceUnit getDistanceUnit() {
        return distanceUnit;
    }

    public void setDistanceUnit(DistanceUnit distanceUnit) {
        this.distanceUnit = distanceUnit;
    }

    public Condition getPrimaryHypothesis() {
        return primaryHypothesis;
    }

    public void setPrimaryHypothesis(Condition primaryHypothesis) {
        this.primaryHypothesis = primaryHypothesis;
    }

    public Condition[] getOtherHypotheses() {
        return otherHypotheses;
    }

    public void setOtherHypotheses(Condition[] otherHypotheses) {
        this.otherHypotheses = otherHypotheses;
    }

    public String getClinicalReasoning() {
        return clinicalReasoning;
    }

    public void setClinicalReasoning(String clinicalReasoning) {
        this.clinicalReasoning = clinicalReasoning;
    }
}
