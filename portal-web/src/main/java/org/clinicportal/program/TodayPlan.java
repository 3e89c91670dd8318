package org.clinicportal.program;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The patient's home: what is due today, and this week's running. */
@Named
@RequestScoped
public class TodayPlan {

    @Inject
    private MyProgram myProgram;

    private TodayView today;
    private boolean loaded;

    public TodayView getToday() {
        if (!loaded) {
            today = myProgram.today().orElse(null);
            loaded = true;
        }
        return today;
    }
}
