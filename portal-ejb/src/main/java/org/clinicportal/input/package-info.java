/**
 * What the portal accepts from a person, decided once for every form: text without control
 * characters and within its column's length, dates a calendar has and a clinic could mean, numbers
 * inside their range and never rounded or clamped. These constraints sit on the forms and service
 * parameters; the screens show their messages beside the field, and the services refuse the same
 * input again, so a request that bypasses the browser stores nothing it should not.
 *
 * <p>Depends on no other package of the portal.
 */
package org.clinicportal.input;
