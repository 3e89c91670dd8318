package org.clinicportal.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class AlertDetailsTest {

    @Test
    void eachLanguageWritesTheNumbersAndDaysItsOwnWay() {
        assertEquals("+12.4 %", AlertDetails.text(AlertKind.RAMP, "12.4", Locale.ENGLISH));
        assertEquals("+12,4 %", AlertDetails.text(AlertKind.RAMP, "12.4", Locale.GERMAN));
        assertEquals("+1,250.0 %", AlertDetails.text(AlertKind.RAMP, "1250.0", Locale.ENGLISH));
        assertEquals(
                "Nov 15, 2026: ≥ 96 h", AlertDetails.text(AlertKind.SORENESS, "2026-11-15 96 still", Locale.ENGLISH));
        assertEquals("15.11.2026: 73 Std.", AlertDetails.text(AlertKind.SORENESS, "2026-11-15 73", Locale.GERMAN));
        assertEquals("2 → 3 → 5", AlertDetails.text(AlertKind.PAIN, "2 3 5", Locale.GERMAN));
        assertEquals("49 %", AlertDetails.text(AlertKind.ADHERENCE, "49", Locale.GERMAN));
        assertEquals("Pegasus 40, Ride 9", AlertDetails.text(AlertKind.SHOES, "Pegasus 40, Ride 9", Locale.ENGLISH));
    }
}
