package org.clinicportal.progress;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The patient's own progress: charts in plain words, and whether a questionnaire is due. */
@Named
@RequestScoped
public class MyProgress {

    @Inject
    private ProgressLog log;

    private ProgressView progress;

    private Boolean questionnaireDue;

    /** For the home page, without reading the whole progress; once per request, however often the page asks. */
    public boolean isQuestionnaireDue() {
        if (questionnaireDue == null) {
            questionnaireDue = log.isQuestionnaireDue();
        }
        return questionnaireDue;
    }

    public ProgressView getProgress() {
        if (progress == null) {
            progress = log.progress();
        }
        return progress;
    }
}
