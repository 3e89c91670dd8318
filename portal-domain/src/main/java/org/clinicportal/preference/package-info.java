/** A signed-in user's own settings, such as the distance unit and the language; kept per clinic and username. */
package org.clinicportal.preference;
