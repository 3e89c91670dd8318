/**
 * The drawings of the shared exercise library: each exercise's start and end position as one stick figure in one
 * line style, kept as body angles ({@code drawings.txt}) and drawn as shapes that a page shows as SVG and the
 * handout paints into its PDF.
 *
 * <p>Depends on nothing else of the portal; nothing here depends back on it (FeatureDependenciesTest).
 */
package org.clinicportal.illustration;
