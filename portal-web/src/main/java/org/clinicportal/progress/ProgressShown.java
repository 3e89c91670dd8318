package org.clinicportal.progress;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.clinicportal.patient.PatientNotFoundException;

/**
 * The progress a request shows, read once per request: the charts' points and the judgements are never kept in the
 * page's view state, which holds only what the page's forms need.
 */
@RequestScoped
public class ProgressShown {

    @Inject
    private ProgressReview review;

    private ProgressView progress;

    /** The patient's progress; null for a patient the clinic does not have. */
    public ProgressView of(long patientId) {
        if (progress == null || progress.patientId() != patientId) {
            try {
                progress = review.progress(patientId);
            } catch (PatientNotFoundException e) {
                return null;
            }
        }
        return progress;
    }

    /** Reads it again at the next use: an action changed it. */
    public void changed() {
        progress = null;
    }
}
