package org.clinicportal.progress;

import java.util.List;

/**
 * A patient on the therapist's caseload.
 *
 * @param adherence7Days  per cent of due exercises done over 7 days; null when nothing was due
 * @param lefsChange      the latest LEFS minus the first; null with fewer than two
 * @param alerts          the kinds of open alerts, most urgent first
 * @param unreadMessages  messages from the patient that no therapist of the clinic has read
 */
public record CaseloadRow(
        long patientId,
        String givenName,
        String familyName,
        String assignedTherapist,
        Integer adherence7Days,
        Integer adherence28Days,
        Integer latestPain,
        Integer latestLefs,
        Integer lefsChange,
        List<AlertKind> alerts,
        long unreadMessages) {

    public String displayName() {
        return familyName + ", " + givenName;
    }

    /** The LEFS change judged by its minimal important change; null with fewer than two. */
    public ChangeJudgement lefsJudgement() {
        return lefsChange == null ? null : Lefs.judge(0, lefsChange);
    }
}
