package org.clinicportal.program;

import java.util.List;
import java.util.Optional;

/**
 * A template as its reader reads it: a shared template's name, description and notes in the reader's language where
 * that language has them, the template's own words otherwise.
 *
 * @param wording null where the reader's language has none
 */
record WordedTemplate(ProgramTemplate template, TemplateWording wording) {

    /** A row of a query that selects a template and its wording. */
    static WordedTemplate of(Object[] row) {
        return new WordedTemplate((ProgramTemplate) row[0], (TemplateWording) row[1]);
    }

    String name() {
        return wording == null ? template.name() : wording.name();
    }

    Optional<String> description() {
        return wording == null ? template.description() : wording.description();
    }

    List<ProgramItem> items() {
        return wording == null ? template.items() : wording.word(template.items());
    }
}
