package org.clinicportal.staff;

/** A username and the temporary password to hand over, shown once and never stored by the portal. */
public record StaffCredentials(String username, String temporaryPassword) {
}
