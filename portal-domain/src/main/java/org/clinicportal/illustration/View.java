package org.clinicportal.illustration;

/** Which way the figure is seen: from the side (sagittal movements) or from the front (sideways ones). */
public enum View {
    SIDE,
    FRONT
}
