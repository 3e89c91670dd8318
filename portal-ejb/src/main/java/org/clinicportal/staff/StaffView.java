package org.clinicportal.staff;

/** A staff member as Keycloak has their account. */
public record StaffView(
        String username,
        String givenName,
        String familyName,
        String email,
        StaffRole role,
        boolean enabled,
        boolean you) {

    public String displayName() {
        return givenName + " " + familyName;
    }
}
