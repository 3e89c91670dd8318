package org.clinicportal.progress;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.clinicportal.web.Refusals;

/** The patient reports a day's exercise session (today unless a recent day is chosen), or corrects it. */
@Named
@ViewScoped
public class LogSession implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProgressLog log;

    private LocalDate day;
    private SessionForm form;
    private String refusal;

    public void load() {
        if (form != null) {
            return;
        }
        try {
            form = log.sessionForm(day == null ? log.today() : day);
        } catch (ProgressRefusedException e) {
            refusal = Refusals.text(e);
        }
    }

    public String save() {
        return SessionSaving.save(log, form);
    }

    /** Ticks every due exercise as done at its prescribed sets: the common case in one tap. */
    public void allDone() {
        form.getLines().forEach(line -> line.setSetsDone(line.getSetsPrescribed()));
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public SessionForm getForm() {
        return form;
    }

    public String getRefusal() {
        return refusal;
    }
}
