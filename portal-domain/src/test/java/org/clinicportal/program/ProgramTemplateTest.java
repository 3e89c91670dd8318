package org.clinicportal.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The names the portal suggests for a template fit its column, whole where they can. */
class ProgramTemplateTest {

    @Test
    void aSuggestedNameThatFitsIsKeptWhole() {
        String longest = "x".repeat(ProgramTemplate.NAME_LENGTH);
        assertEquals("Copy of Gait retraining", ProgramTemplate.suggestedName("Copy of Gait retraining"));
        assertEquals(longest, ProgramTemplate.suggestedName(longest));
    }

    @Test
    void aLongerOneIsShortenedVisiblyToFit() {
        String name = ProgramTemplate.suggestedName("Kopie von " + "y".repeat(ProgramTemplate.NAME_LENGTH));
        assertEquals(ProgramTemplate.NAME_LENGTH, name.length());
        assertTrue(name.startsWith("Kopie von yyy") && name.endsWith("y…"), name);
    }
}
