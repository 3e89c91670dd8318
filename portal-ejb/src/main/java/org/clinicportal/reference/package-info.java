/**
 * Platform reference data that every feature reads and none owns: the clinical wording of each coded answer (pain
 * locations, red flags, tests, hypotheses) with its sources. Changed only by a migration; depends on no feature.
 */
package org.clinicportal.reference;
