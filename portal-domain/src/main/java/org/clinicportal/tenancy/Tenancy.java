package org.clinicportal.tenancy;

/**
 * Names that tie clinic-owned entities to the tenant filter. An entity is clinic-owned when it
 * is {@code @Multitenant} with {@code @TenantDiscriminatorColumn(name = Tenancy.COLUMN,
 * contextProperty = Tenancy.CONTEXT_PROPERTY)}; EclipseLink then adds the caller's clinic to
 * every query, find and insert of it.
 */
public final class Tenancy {

    /** The column that holds the owning clinic's slug on every clinic-owned table. */
    public static final String COLUMN = "clinic_id";

    /** The persistence-context property that holds the caller's clinic slug. */
    public static final String CONTEXT_PROPERTY = "portal.clinic";

    private Tenancy() {}
}
