package org.clinicportal.progress;

import java.time.LocalDate;
import java.util.List;

/**
 * A patient's progress as charts and judgements show it.
 *
 * @param adherence7Days  per cent of due exercises done over the last 7 days; null when nothing was due
 * @param lefsChange      the latest LEFS against the first, judged by its minimal important change; null with fewer than two
 * @param painChange      the latest pain against the first measure's, judged likewise; null with fewer than two
 * @param measureWithHoos12 whether the questionnaire asks HOOS-12 beside LEFS
 * @param measureDueOn    when the patient is next asked for the outcome measures; null when no schedule is set
 */
public record ProgressView(
        long patientId,
        String patientName,
        LocalDate today,
        List<PainPoint> pains,
        List<WeekDistance> weeks,
        List<MeasurePoint> measures,
        List<WeekAdherence> adherence,
        Integer adherence7Days,
        Integer adherence28Days,
        ChangeJudgement lefsChange,
        ChangeJudgement painChange,
        List<AlertView> alerts,
        List<ShoeView> shoes,
        Integer measureEveryWeeks,
        boolean measureWithHoos12,
        LocalDate measureDueOn) {

    /** Whether any taking has a HOOS-12 score, for its chart. */
    public boolean isHoos12Taken() {
        return measures.stream().anyMatch(MeasurePoint::hasHoos12);
    }

    public boolean isMeasureDue() {
        return measureDueOn != null && !measureDueOn.isAfter(today);
    }
}
