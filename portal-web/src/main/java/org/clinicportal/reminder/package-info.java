/**
 * The pages of the portal's own emails: the patient's choice of reminders, and the page every email's unsubscribe
 * link opens.
 *
 * <p>Depends on {@code web}; none of them depends back on it (FeatureDependenciesTest).
 */
package org.clinicportal.reminder;
