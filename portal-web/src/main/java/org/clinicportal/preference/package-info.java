/** The signed-in user's own settings on screen, such as miles or kilometres. */
package org.clinicportal.preference;
