package org.clinicportal.security;

/**
 * The portal's roles, as Keycloak realm roles carry them. The constants are for {@code @RolesAllowed}; where each
 * role's pages are is the web module's to say.
 */
public enum Role {
    PLATFORM_ADMIN(Role.PLATFORM_ADMIN_NAME),
    CLINIC_ADMIN(Role.CLINIC_ADMIN_NAME),
    THERAPIST(Role.THERAPIST_NAME),
    PATIENT(Role.PATIENT_NAME);

    public static final String PLATFORM_ADMIN_NAME = "platform-admin";
    public static final String CLINIC_ADMIN_NAME = "clinic-admin";
    public static final String THERAPIST_NAME = "therapist";
    public static final String PATIENT_NAME = "patient";

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    /** The name in tokens, web.xml and {@code @RolesAllowed}. */
    public String roleName() {
        return roleName;
    }
}
