/**
 * The shared library's drawings on screen and on paper: served as SVG at {@code /illustrations/<exercise>.svg}, and
 * painted on a Java 2D canvas for the PDF handout.
 *
 * <p>Depends on nothing else of the portal; {@code program} shows the drawings (FeatureDependenciesTest).
 */
package org.clinicportal.illustration;
