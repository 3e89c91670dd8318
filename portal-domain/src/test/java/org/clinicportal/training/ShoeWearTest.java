package org.clinicportal.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.clinicportal.training.ShoeWear.Status;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShoeWearTest {

    @ParameterizedTest(name = "{0} shoes at {1} mi, heavy runner {2}: {3}")
    @CsvSource({
        "ROAD,  299.9, false, GOOD",
        "ROAD,  300,   false, REPLACE_SOON",
        "ROAD,  399.9, false, REPLACE_SOON",
        "ROAD,  400,   false, REPLACE",
        "TRAIL, 199.9, false, GOOD",
        "TRAIL, 200,   false, REPLACE_SOON",
        "TRAIL, 300,   false, REPLACE",
        "ROAD,  249.9, true,  GOOD",
        "ROAD,  250,   true,  REPLACE",
        "TRAIL, 199.9, true,  GOOD",
        "TRAIL, 200,   true,  REPLACE_SOON",
        "TRAIL, 250,   true,  REPLACE"
    })
    void judgesWearAgainstTheReplacementRange(ShoeType type, String miles, boolean heavy, Status expected) {
        assertEquals(expected, new ShoeWear(type, Distance.ofMiles(miles), heavy).status());
    }
}
