/**
 * What a service says to a user, as a bundle key and its values, never as English: the pages put it in the reader's
 * language. Shared by every feature; depends on none.
 *
 * <p>Depends on no other package of the portal.
 */
package org.clinicportal.message;
