package org.clinicportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DecimalInputTest {

    @Test
    void eachLanguageWritesItsOwnDecimalMarkAndNothingIsRounded() {
        assertEquals(Optional.of(new BigDecimal("3.5")), DecimalInput.read("3.5", Locale.ENGLISH));
        assertEquals(Optional.of(new BigDecimal("3.5")), DecimalInput.read(" 3,5 ", Locale.GERMAN));
        assertEquals(Optional.of(new BigDecimal("12.345")), DecimalInput.read("12,345", Locale.GERMAN));
    }

    @Test
    void aMarkOfTheOtherLanguageOrTextLeftOverIsRefusedNotMisread() {
        assertEquals(Optional.empty(), DecimalInput.read("3.5", Locale.GERMAN), "not 35");
        assertEquals(Optional.empty(), DecimalInput.read("3,5", Locale.ENGLISH), "not 35");
        assertEquals(Optional.empty(), DecimalInput.read("1.000,5", Locale.GERMAN));
        assertEquals(Optional.empty(), DecimalInput.read("5 km", Locale.ENGLISH));
        assertEquals(Optional.empty(), DecimalInput.read("abc", Locale.ENGLISH));
    }
}
