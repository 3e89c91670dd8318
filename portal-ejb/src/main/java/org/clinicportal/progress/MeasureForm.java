package org.clinicportal.progress;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.clinicportal.input.PlausibleDate;
import org.clinicportal.program.Program;

/** The outcome measures as a form holds them: 20 LEFS answers, pain now, and 12 HOOS-12 answers when asked. */
public class MeasureForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    @PastOrPresent(message = "{measure.day}")
    @PlausibleDate
    private LocalDate takenOn;

    @NotNull
    @Size(min = Lefs.ITEMS, max = Lefs.ITEMS)
    private List<@Min(value = 0, message = "{measure.item}") @Max(value = 4, message = "{measure.item}") Integer> lefs =
            new ArrayList<>(Arrays.asList(new Integer[Lefs.ITEMS]));

    @NotNull(message = "{measure.pain}")
    @Min(value = 0, message = "{measure.pain}")
    @Max(value = 10, message = "{measure.pain}")
    private Integer pain;

    private boolean withHoos;

    @NotNull
    @Size(min = Hoos12.ITEMS, max = Hoos12.ITEMS)
    private List<@Min(value = 0, message = "{measure.item}") @Max(value = 4, message = "{measure.item}") Integer> hoos =
            new ArrayList<>(Arrays.asList(new Integer[Hoos12.ITEMS]));

    /** A blank form dated today, asking HOOS-12 beside LEFS when the patient's program picks it. */
    static MeasureForm blank(LocalDate today, Optional<Program> program) {
        MeasureForm form = new MeasureForm();
        form.takenOn = today;
        form.withHoos = program.map(Program::asksHoos12).orElse(false);
        return form;
    }

    /** HOOS-12 is scored per scale, from two of its four answers at least: fewer would be stored unscored. */
    @AssertTrue(message = "{measure.hoos.incomplete}")
    public boolean isHoosScorable() {
        return !withHoos || Hoos12.isScorable(hoos);
    }

    Optional<List<Integer>> hoosAnswers() {
        return withHoos ? Optional.of(hoos) : Optional.empty();
    }

    public LocalDate getTakenOn() {
        return takenOn;
    }

    public void setTakenOn(LocalDate takenOn) {
        this.takenOn = takenOn;
    }

    public List<Integer> getLefs() {
        return lefs;
    }

    public void setLefs(List<Integer> lefs) {
        this.lefs = lefs;
    }

    public Integer getPain() {
        return pain;
    }

    public void setPain(Integer pain) {
        this.pain = pain;
    }

    public boolean isWithHoos() {
        return withHoos;
    }

    public void setWithHoos(boolean withHoos) {
        this.withHoos = withHoos;
    }

    public List<Integer> getHoos() {
        return hoos;
    }

    public void setHoos(List<Integer> hoos) {
        this.hoos = hoos;
    }
}
