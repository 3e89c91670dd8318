/**
 * The portal's own emails: a patient's reminders (exercises due and not logged, a questionnaire due), the
 * therapist's daily digest of new alerts and the red-flag notice, the clock that sends them once across nodes, and
 * the unsubscribe link every one of them carries. Emails name no health data: they say there is something to look
 * at and link to the portal.
 *
 * <p>Depends on {@code accounts}, {@code conversation}, {@code language}, {@code mail}, {@code message},
 * {@code patient}, {@code persistence}, {@code preference}, {@code progress}, {@code security}, {@code staff},
 * {@code tenancy}; none of them depends back on it (FeatureDependenciesTest).
 */
package org.clinicportal.reminder;
