package org.clinicportal.staff;

/** What a staff member does in the portal; each is a Keycloak realm role of the same name. */
public enum StaffRole {
    THERAPIST("therapist"),
    CLINIC_ADMIN("clinic-admin");

    private final String realmRole;

    StaffRole(String realmRole) {
        this.realmRole = realmRole;
    }

    public String realmRole() {
        return realmRole;
    }
}
