/** A signed-in user's own settings, such as the distance unit; kept per clinic and username. */
package org.clinicportal.preference;
