package org.clinicportal.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import org.clinicportal.training.DistanceUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClinicTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @Test
    void newClinicIsActive() {
        Clinic clinic = new Clinic("northside", " Northside Running Clinic ", CHICAGO, DistanceUnit.MILES);
        assertTrue(clinic.isActive());
        assertEquals("Northside Running Clinic", clinic.name());
        assertEquals(CHICAGO, clinic.timeZone());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "North", "-north", "north side", "north_side"})
    void refusesSlugsThatCannotBeATenantKey(String slug) {
        assertThrows(IllegalArgumentException.class, () -> new Clinic(slug, "A clinic", CHICAGO, DistanceUnit.MILES));
    }

    @Test
    void refusesBlankName() {
        assertThrows(IllegalArgumentException.class, () -> new Clinic("harbor", " ", CHICAGO, DistanceUnit.KILOMETRES));
    }
}
