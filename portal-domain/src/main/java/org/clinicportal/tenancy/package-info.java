/**
 * The tenants and the contract of their isolation: the clinic (a tenant, platform data not owned by any clinic),
 * the discriminator column of every clinic-owned entity and the persistence-context property that carries the
 * caller's clinic. Enforcement lives in portal-ejb.
 *
 * <p>Depends on {@code training}; none of them depends back on it (FeatureDependenciesTest).
 */
package org.clinicportal.tenancy;
