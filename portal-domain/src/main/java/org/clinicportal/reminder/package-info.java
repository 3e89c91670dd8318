/**
 * The emails the portal sends on its own and what each recipient chose: a patient's reminder schedule, a staff
 * member's choice of the alert digest and red-flag notices, and the token in each email's link that stops it.
 *
 * <p>Depends on {@code language}, {@code tenancy}; none of them depends back on it (FeatureDependenciesTest).
 */
package org.clinicportal.reminder;
