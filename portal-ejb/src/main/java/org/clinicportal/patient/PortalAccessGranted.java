package org.clinicportal.patient;

/**
 * The new login, to hand to the patient once: the temporary password is not stored anywhere
 * and must be changed at the first sign-in.
 */
public record PortalAccessGranted(String username, String temporaryPassword) {

    @Override
    public String toString() {
        return "PortalAccessGranted[" + username + "]";
    }
}
