package org.clinicportal.reminder;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import org.clinicportal.web.Refusals;
import org.clinicportal.web.Violations;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** The patient chooses the days and time of their reminder emails. */
@Named
@ViewScoped
public class ChooseReminders implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReminderSettings settings;

    private ReminderView view;
    private ReminderForm form;

    public void load() {
        if (form == null) {
            view = settings.mine();
            form = ReminderForm.of(view);
        }
    }

    public String save() {
        try {
            settings.save(form);
            boolean on = !form.getDays().isEmpty() || form.isQuestionnaires();
            Messages.addFlashGlobalInfo(Faces.getBundleString(on ? "reminders.saved" : "reminders.off"));
            return "/patient/reminders?faces-redirect=true";
        } catch (ReminderRefusedException e) {
            Refusals.show(e);
        } catch (EJBException e) {
            Violations.report(e);
        }
        return null;
    }

    public DayOfWeek[] getWeekdays() {
        return DayOfWeek.values();
    }

    /** The day's name in the page's language, as the JDK's calendar data has it. */
    public String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Faces.getLocale());
    }

    public ReminderView getView() {
        return view;
    }

    public ReminderForm getForm() {
        return form;
    }
}
