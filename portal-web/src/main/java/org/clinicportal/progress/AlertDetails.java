package org.clinicportal.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Locale;
import org.clinicportal.web.Bundles;
import org.clinicportal.web.DateInput;
import org.omnifaces.util.Faces;

/** What a progress alert measured, worded and formatted for the reader: "+12.5 %" in English, "+12,5 %" in German. */
@Named
@ApplicationScoped
public class AlertDetails {

    public String of(AlertView alert) {
        return text(alert.kind(), alert.detail(), Faces.getLocale());
    }

    static String text(AlertKind kind, String detail, Locale locale) {
        Object[] values = Alarm.values(kind, detail).stream()
                .map(value -> value instanceof LocalDate day ? DateInput.shown(day, locale) : value)
                .toArray();
        return Bundles.format(locale, "alert.detail." + kind, values);
    }
}
