package org.clinicportal.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.clinicportal.intake.RedFlag;
import org.clinicportal.intake.ReferralAlert;
import org.clinicportal.progress.Alarm;
import org.clinicportal.progress.AlertKind;
import org.clinicportal.progress.ProgressAlert;
import org.junit.jupiter.api.Test;

class AlertTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 30, 9, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void anAlertIsOpenUntilAcknowledgedOnceWithWhoWhenAndWhat() {
        ProgressAlert alert = new ProgressAlert(7, new Alarm(AlertKind.RAMP, "12 km after 8 km"), NOW);
        assertTrue(alert.isOpen());
        assertEquals(Optional.empty(), alert.acknowledgedBy());

        alert.acknowledge("northside-pt", "  Talked it through  ", NOW.plusHours(1));

        assertFalse(alert.isOpen());
        assertEquals(Optional.of("northside-pt"), alert.acknowledgedBy());
        assertEquals(Optional.of(NOW.plusHours(1)), alert.acknowledgedAt());
        assertEquals(Optional.of("Talked it through"), alert.note());
        assertThrows(IllegalStateException.class, () -> alert.acknowledge("harbor-pt", "again", NOW));
        assertEquals(Optional.of("northside-pt"), alert.acknowledgedBy(), "the first acknowledgement stands");
    }

    @Test
    void aProgressAlertNeedsNoNoteButARedFlagDoes() {
        ProgressAlert progress = new ProgressAlert(7, new Alarm(AlertKind.RAMP, "12 km after 8 km"), NOW);
        progress.acknowledge("northside-pt", " ", NOW);
        assertEquals(Optional.empty(), progress.note());

        ReferralAlert referral = ReferralAlert.reportedByPatient(7, Set.of(RedFlag.NIGHT_PAIN));
        assertThrows(IllegalArgumentException.class, () -> referral.acknowledge("northside-pt", " ", NOW));
        assertTrue(referral.isOpen(), "a refused acknowledgement leaves it open");
        referral.acknowledge("northside-pt", "Referred to a sports physician", NOW);
        assertFalse(referral.isOpen());
    }
}
