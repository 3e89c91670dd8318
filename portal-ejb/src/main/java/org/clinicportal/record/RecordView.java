package org.clinicportal.record;

import java.util.List;
import org.clinicportal.intake.PatientVisits;
import org.clinicportal.intake.ReferralView;
import org.clinicportal.patient.PatientProfile;
import org.clinicportal.program.ProgramOverview;

/**
 * What the therapist's patient page shows first.
 *
 * @param referrals every red-flag referral alert, open or acknowledged
 */
public record RecordView(
        PatientProfile profile, PatientVisits visits, List<ReferralView> referrals, ProgramOverview program) {

    public List<ReferralView> openReferrals() {
        return referrals.stream().filter(ReferralView::open).toList();
    }
}
