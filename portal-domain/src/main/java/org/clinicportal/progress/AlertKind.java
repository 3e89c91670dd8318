package org.clinicportal.progress;

/** What a progress alert warns of, most urgent first: the order the therapist's badges follow. */
public enum AlertKind {
    /** The patient answered a red-flag question yes: see a physician. */
    RED_FLAG,
    /** Pain rising over the last three logs, or pain after running 2 points or more over the intake's. */
    PAIN,
    /** Soreness that lasted beyond 72 hours after a run: overload. */
    SORENESS,
    /** Running over the return-to-run week's target, or this week more than 10 % over last week. */
    RAMP,
    /** Under half of the due exercises done over the last 14 days. */
    ADHERENCE,
    /** Shoes past their replacement distance. */
    SHOES
}
