package org.clinicportal.preference;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.clinicportal.training.DistanceUnit;
import org.omnifaces.util.Faces;

/**
 * The user's unit for distances, read once per session, and the header's km / mi switch: stores the choice and
 * shows the same page again in the new unit.
 */
@Named
@SessionScoped
public class UnitChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Preferences preferences;

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
        unit = chosen;
        Faces.refreshWithQueryString();
    }
}
