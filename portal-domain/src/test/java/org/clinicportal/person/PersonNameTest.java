package org.clinicportal.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PersonNameTest {

    @Test
    void trimsBothParts() {
        PersonName name = new PersonName("  Ana ", " Ruiz ");
        assertEquals("Ana", name.given());
        assertEquals("Ruiz, Ana", name.sortable());
    }

    @Test
    void refusesBlankParts() {
        assertThrows(IllegalArgumentException.class, () -> new PersonName(" ", "Ruiz"));
        assertThrows(IllegalArgumentException.class, () -> new PersonName("Ana", null));
    }

    @Test
    void refusesOverlongParts() {
        String eighty = "a".repeat(PersonName.MAX_LENGTH);
        assertEquals(eighty, new PersonName(eighty, "Ruiz").given());
        assertThrows(IllegalArgumentException.class, () -> new PersonName(eighty + "a", "Ruiz"));
    }

    @Test
    void equalNamesAreEqual() {
        assertEquals(new PersonName("Ana", "Ruiz"), new PersonName("Ana ", "Ruiz"));
    }
}
