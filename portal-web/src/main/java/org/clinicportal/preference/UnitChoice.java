package org.clinicportal.preference;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.clinicportal.training.DistanceUnit;
import org.omnifaces.util.Faces;

/** The header's km / mi switch: stores the choice and shows the same page again in the new unit. */
@Named
@RequestScoped
public class UnitChoice {

    @Inject
    private Preferences preferences;

    private DistanceUnit unit;

    public DistanceUnit getUnit() {
        if (unit == null) {
            unit = preferences.distanceUnit();
        }
        return unit;
    }

    public void kilometres() throws IOException {
        choose(DistanceUnit.KILOMETRES);
    }

    public void miles() throws IOException {
        choose(DistanceUnit.MILES);
    }

    private void choose(DistanceUnit chosen) throws IOException {
        preferences.showDistancesIn(chosen);
        Faces.refreshWithQueryString();
    }
}
