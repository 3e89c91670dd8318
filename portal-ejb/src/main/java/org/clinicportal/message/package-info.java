/**
 * What a service says to a user, as a bundle key and its values, never as English: the pages put it in the reader's
 * language. Shared by every feature.
 *
 * <p>Depends on {@code language}; none of them depends back on it (FeatureDependenciesTest).
 */
package org.clinicportal.message;
