/** Reads and stores the signed-in user's own settings, within their clinic. */
package org.clinicportal.preference;
