package org.clinicportal.reminder;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** A patient's reminders as the form holds them: weekdays, a time of their clinic's day, and the questionnaire. */
public class ReminderForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<DayOfWeek> days = new ArrayList<>();

    @NotNull(message = "{reminder.time}")
    private LocalTime at;

    private boolean questionnaires;

    public static ReminderForm of(ReminderView view) {
        ReminderForm form = new ReminderForm();
        form.days = new ArrayList<>(view.days());
        form.at = view.at();
        form.questionnaires = view.questionnaires();
        return form;
    }

    /** A reminder's time is to the minute; a time with seconds is refused rather than rounded. */
    @AssertTrue(message = "{reminder.time}")
    public boolean isToTheMinute() {
        return at == null || (at.getSecond() == 0 && at.getNano() == 0);
    }

    public List<DayOfWeek> getDays() {
        return days;
    }

    public void setDays(List<DayOfWeek> days) {
        this.days = days == null ? new ArrayList<>() : days;
    }

    public LocalTime getAt() {
        return at;
    }

    public void setAt(LocalTime at) {
        this.at = at;
    }

    public boolean isQuestionnaires() {
        return questionnaires;
    }

    public void setQuestionnaires(boolean questionnaires) {
        this.questionnaires = questionnaires;
    }
}
