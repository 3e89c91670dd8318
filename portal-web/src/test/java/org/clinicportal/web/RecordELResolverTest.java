package org.clinicportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

class RecordELResolverTest {

    record Row(String familyName, Integer latestPain) {}

    private final RecordELResolver resolver = new RecordELResolver();

    @Test
    void readsEachComponentOfARecordByName() {
        Row row = new Row("Rivera", 3);
        ELContext context = new Context();
        assertEquals("Rivera", resolver.getValue(context, row, "familyName"));
        assertTrue(context.isPropertyResolved());
        ELContext again = new Context();
        assertEquals(
                3,
                resolver.getValue(again, row, "latestPain"),
                "the second component, from the same class's accessors");
        assertTrue(again.isPropertyResolved());
    }

    @Test
    void leavesWhatIsNotARecordComponentToTheOtherResolvers() {
        ELContext context = new Context();
        assertNull(resolver.getValue(context, new Row("Rivera", 3), "missing"));
        assertNull(resolver.getValue(context, "not a record", "length"));
        assertNull(resolver.getValue(context, null, "familyName"));
        assertFalse(context.isPropertyResolved());
    }

    @Test
    void aRecordIsReadOnly() {
        Row row = new Row("Rivera", 3);
        assertTrue(resolver.isReadOnly(new Context(), row, "familyName"));
        assertThrows(
                PropertyNotWritableException.class,
                () -> resolver.setValue(new Context(), row, "familyName", "Changed"));
        assertEquals("Rivera", row.familyName());
    }

    private static final class Context extends ELContext {
        @Override
        public ELResolver getELResolver() {
            return null;
        }

        @Override
        public FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public VariableMapper getVariableMapper() {
            return null;
        }
    }
}
