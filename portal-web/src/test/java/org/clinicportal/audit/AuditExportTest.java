package org.clinicportal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** CSV fields of the audit export: quoted when needed, and never a formula a spreadsheet would run. */
class AuditExportTest {

    @Test
    void plainTextStaysAsItIs() {
        assertEquals("Intake 4711", AuditExport.csv("Intake 4711"));
        assertEquals("", AuditExport.csv(null));
    }

    @Test
    void commasQuotesAndLineBreaksAreQuoted() {
        assertEquals("\"Rivera, Sam\"", AuditExport.csv("Rivera, Sam"));
        assertEquals("\"said \"\"hi\"\"\"", AuditExport.csv("said \"hi\""));
        assertEquals("\"two\nlines\"", AuditExport.csv("two\nlines"));
    }

    @Test
    void formulasAreDefused() {
        assertEquals("'=1+1", AuditExport.csv("=1+1"));
        assertEquals("'+24.3 %", AuditExport.csv("+24.3 %"));
    }
}
