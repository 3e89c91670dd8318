package org.clinicportal.progress;

import java.time.LocalDate;

/** One taking of the outcome measures; a score is null when it could not be scored or was not asked. */
public record MeasurePoint(
        LocalDate day,
        Integer lefs,
        int pain,
        Integer hoosPain,
        Integer hoosFunction,
        Integer hoosQualityOfLife,
        String recordedBy) {

    public boolean hasHoos12() {
        return hoosPain != null || hoosFunction != null || hoosQualityOfLife != null;
    }

    static MeasurePoint of(OutcomeMeasure measure) {
        return new MeasurePoint(
                measure.takenOn(),
                measure.lefsTotal().orElse(null),
                measure.pain(),
                measure.hoosPain().orElse(null),
                measure.hoosFunction().orElse(null),
                measure.hoosQualityOfLife().orElse(null),
                measure.recordedBy());
    }
}
