package org.clinicportal.reminder;

import java.time.LocalDate;
import org.clinicportal.language.Language;
import org.clinicportal.mail.PortalLinks;

/**
 * An email the clock found due. Its kind, recipient and day are its claim: whichever node stores that claim first
 * sends it, and no run sends it again.
 */
public sealed interface DueEmail permits PatientReminder, AlertDigest {

    EmailKind kind();

    /** Who gets it, as the claim names them: a patient's id or a staff member's username. */
    String recipient();

    /** The clinic day it is for. */
    LocalDate forDay();

    String address();

    Language language();

    /** What its words take: where to go in the portal, and for a digest how many alerts. */
    Object[] arguments(PortalLinks links);
}
