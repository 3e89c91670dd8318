package org.clinicportal.program;

import java.util.List;

/** A template with its exercises. */
public record TemplateView(
        long id,
        String name,
        String description,
        boolean shared,
        boolean editable,
        boolean returnToRun,
        List<ItemView> items,
        long version) {}
