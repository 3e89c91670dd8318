package org.clinicportal.security;

/**
 * The portal's roles, as Keycloak realm roles carry them. The constants are for
 * {@code @RolesAllowed}; the enum ties each role to its own area of the web app.
 */
public enum Role {
    PLATFORM_ADMIN(Role.PLATFORM_ADMIN_NAME, "/platform/"),
    CLINIC_ADMIN(Role.CLINIC_ADMIN_NAME, "/clinic-admin/"),
    THERAPIST(Role.THERAPIST_NAME, "/therapist/"),
    PATIENT(Role.PATIENT_NAME, "/patient/");

    public static final String PLATFORM_ADMIN_NAME = "platform-admin";
    public static final String CLINIC_ADMIN_NAME = "clinic-admin";
    public static final String THERAPIST_NAME = "therapist";
    public static final String PATIENT_NAME = "patient";

    private final String roleName;
    private final String home;

    Role(String roleName, String home) {
        this.roleName = roleName;
        this.home = home;
    }

    /** The name in tokens, web.xml and {@code @RolesAllowed}. */
    public String roleName() {
        return roleName;
    }

    /** The path of the role's home page, relative to the context root. */
    public String home() {
        return home;
    }
}
