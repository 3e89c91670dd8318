package org.clinicportal.progress;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;
import org.clinicportal.program.ItemView;
import org.clinicportal.program.MyProgram;
import org.clinicportal.program.TodayView;
import org.clinicportal.web.Refusals;
import org.omnifaces.util.Faces;

/**
 * Today's exercises one at a time, each with its steps and dosage, its sets checked off as they are done, and at
 * the end the pain during and after: finishing saves the day's session log, the same one "Log today's session"
 * writes (a second finish corrects it).
 */
@Named
@ViewScoped
public class GuidedSession implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProgressLog log;

    @Inject
    private MyProgram program;

    private List<ItemView> steps;
    private SessionForm form;
    private int current;
    private String refusal;

    public void load() {
        if (form != null) {
            return;
        }
        try {
            List<ItemView> due = program.today().map(TodayView::due).orElse(List.of());
            SessionForm today = log.sessionForm(log.today());
            if (due.isEmpty() || today.getLines().isEmpty()) {
                refusal = Faces.getBundleString("guided.nothingDue");
                return;
            }
            steps = due;
            form = today;
        } catch (ProgressRefusedException e) {
            refusal = Refusals.text(e);
        }
    }

    /** The exercise shown now, or null on the last step, where the pain is asked. */
    public ItemView getStep() {
        return current < steps.size() ? steps.get(current) : null;
    }

    /** The session form's line of the exercise shown now: the sets checked off. */
    public SessionForm.Line getLine() {
        ItemView step = getStep();
        return step == null
                ? null
                : form.getLines().stream()
                        .filter(line ->
                                line.getExerciseId().equals(step.exercise().id()))
                        .findFirst()
                        .orElse(null);
    }

    /** The seconds each repetition is held, for the hold timer; null when the exercise holds nothing. */
    public Integer getHoldSeconds() {
        return getStep() == null ? null : getStep().dosage().holdSeconds().orElse(null);
    }

    /** The repetitions of a set, for the counter; null when the exercise has none. */
    public Integer getReps() {
        return getStep() == null ? null : getStep().dosage().reps().orElse(null);
    }

    /** The steps per minute to run at, for the metronome; null when the exercise prescribes no cadence. */
    public Integer getCadence() {
        return getStep() == null ? null : getStep().dosage().cadence().orElse(null);
    }

    /** The numbers of the exercise's sets, 1 to the sets prescribed. */
    public List<Integer> getSets() {
        SessionForm.Line line = getLine();
        return line == null
                ? List.of()
                : IntStream.rangeClosed(1, line.getSetsPrescribed()).boxed().toList();
    }

    /** Checks off the set with this number; checking off the last one checked unchecks it. */
    public void setDone(int set) {
        SessionForm.Line line = getLine();
        line.setSetsDone(line.getSetsDone() == set ? set - 1 : set);
    }

    public void next() {
        current = Math.min(current + 1, steps.size());
    }

    public void previous() {
        current = Math.max(current - 1, 0);
    }

    public String finish() {
        return SessionSaving.save(log, form);
    }

    public int getNumber() {
        return current + 1;
    }

    public int getCount() {
        return steps.size();
    }

    public SessionForm getForm() {
        return form;
    }

    public String getRefusal() {
        return refusal;
    }
}
