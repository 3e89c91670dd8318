package org.clinicportal.intake;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.clinicportal.training.ShoeWear;

/**
 * An intake as the recording screen shows it: the form to bind to, its state, and what the
 * rules read from it.
 *
 * @param rampPercent      change in weekly distance over four weeks, when both distances are known
 * @param shoeStatus       wear of the current shoes, when known
 * @param suggestions      hypotheses the findings point to, for the therapist to weigh
 */
public record IntakeView(
        long id,
        long version,
        VisitKind kind,
        long patientId,
        String patientName,
        IntakeStatus status,
        String signedBy,
        OffsetDateTime signedAt,
        IntakeForm form,
        BigDecimal rampPercent,
        boolean rampTooFast,
        ShoeWear.Status shoeStatus,
        List<Condition> suggestions,
        List<RedFlag> unansweredRedFlags,
        List<ReferralView> referrals,
        List<AddendumView> addenda) {

    /** A note added to the signed intake. */
    public record AddendumView(String author, OffsetDateTime writtenAt, String text) {

        static AddendumView of(Addendum addendum) {
            return new AddendumView(addendum.author(), addendum.writtenAt(), addendum.text());
        }
    }

    public boolean signed() {
        return status == IntakeStatus.SIGNED;
    }

    /**
     * The same intake with the patient's referral alerts as they are now: acknowledging one changes
     * nothing else, so the form being typed in stays as it is.
     */
    public IntakeView withReferrals(List<ReferralView> now) {
        return new IntakeView(
                id,
                version,
                kind,
                patientId,
                patientName,
                status,
                signedBy,
                signedAt,
                form,
                rampPercent,
                rampTooFast,
                shoeStatus,
                suggestions,
                unansweredRedFlags,
                List.copyOf(now),
                addenda);
    }
}
