package org.clinicportal.message;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The services' words — constraints, refusals, emails — exist in every language the portal speaks. */
class BundlesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "src/main/resources/ValidationMessages",
                "src/main/resources/org/clinicportal/message/refusals",
                "src/main/resources/org/clinicportal/mail/mail",
                "src/main/resources/org/clinicportal/program/templates"
            })
    void everyKeyHasItsWordsInEveryLanguage(String bundle) throws IOException {
        BundleParity.assertEveryKeyInEveryLanguage(bundle);
    }
}
