package org.clinicportal.program;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.clinicportal.training.Distance;
import org.clinicportal.training.DistanceUnit;
import org.clinicportal.web.Bundles;
import org.clinicportal.web.DateInput;

/**
 * Dosages, phases and distances in words, from the UI bundle and in the reader's unit: the same
 * wording on the pages and in the printed handout.
 */
public final class ProgramText {

    private final ResourceBundle bundle;
    private final Locale locale;
    private final DistanceUnit unit;

    private ProgramText(Locale locale, DistanceUnit unit) {
        this.bundle = Bundles.messages(locale);
        this.locale = locale;
        this.unit = unit;
    }

    public static ProgramText of(Locale locale, DistanceUnit unit) {
        return new ProgramText(locale, unit);
    }

    /** For example "2 × 15 reps · per side · 3 days a week". */
    public String dosage(Dosage dosage) {
        List<String> parts = new ArrayList<>();
        Integer sets = dosage.sets().orElse(null);
        dosage.reps()
                .ifPresent(reps -> parts.add(
                        sets == null ? format("dosage.text.reps", reps) : format("dosage.text.setsReps", sets, reps)));
        dosage.holdSeconds()
                .ifPresent(hold -> parts.add(
                        sets == null || dosage.reps().isPresent()
                                ? format("dosage.text.hold", hold)
                                : format("dosage.text.setsHold", sets, hold)));
        if (dosage.perSide()) {
            parts.add(format("dosage.text.perSide"));
        }
        dosage.minutes().ifPresent(minutes -> parts.add(format("dosage.text.minutes", minutes)));
        dosage.distance().ifPresent(distance -> parts.add(distance(distance)));
        dosage.cadence().ifPresent(cadence -> parts.add(format("dosage.text.cadence", cadence)));
        parts.add(
                dosage.isDaily()
                        ? format("dosage.text.daily")
                        : format("dosage.text.timesPerWeek", dosage.timesPerWeek()));
        return String.join(" · ", parts);
    }

    /** For example "Weeks 1–2" or "From week 3". */
    public String phase(Phase phase) {
        if (phase.isOpenEnded()) {
            return phase.fromWeek() == 1 ? format("phase.text.whole") : format("phase.text.from", phase.fromWeek());
        }
        int last = phase.toWeek().getAsInt();
        return last == phase.fromWeek()
                ? format("phase.text.week", last)
                : format("phase.text.weeks", phase.fromWeek(), last);
    }

    /** For example "2.41 km" or "1.5 mi". */
    public String distance(Distance distance) {
        return format("distance." + unit, distance.in(unit));
    }

    public String category(ExerciseCategory category) {
        return format("exercise.category." + category);
    }

    /** The key's words with the arguments in the bundle's language: numbers, and days, as its readers write them. */
    public String format(String key, Object... arguments) {
        if (arguments.length == 0) {
            return bundle.getString(key);
        }
        Object[] shown = Arrays.stream(arguments)
                .map(argument -> argument instanceof LocalDate day ? DateInput.shown(day, locale) : argument)
                .toArray();
        return new MessageFormat(bundle.getString(key), locale).format(shown);
    }

    public DistanceUnit unit() {
        return unit;
    }
}
