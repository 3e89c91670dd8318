/**
 * Platform reference data that every feature reads and none owns: the clinical wording of each coded answer (pain
 * locations, red flags, tests, hypotheses) with its sources, in each language the portal speaks. Changed only by a
 * migration; depends on no feature, only on the list of languages ({@code preference.Language}).
 *
 * <p>Depends on {@code language}; none of them depends back on it (FeatureDependenciesTest).
 */
package org.clinicportal.reference;
