package org.clinicportal.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.clinicportal.language.Language;
import org.clinicportal.reference.ClinicalTerms;
import org.clinicportal.reference.ClinicalTerms.Term;
import org.clinicportal.training.ShoeType;
import org.clinicportal.training.Surface;
import org.omnifaces.util.Faces;

/** Clinical wording for pages: {@code #{terms.label('RED_FLAG', flag)}}. */
@Named
@ApplicationScoped
public class Terms {

    @Inject
    private ClinicalTerms clinicalTerms;

    /** The terms are loaded once when the portal starts and never change, so each is asked for once: a form shows hundreds. */
    private final Map<String, Term> asked = new ConcurrentHashMap<>();

    public String label(String kind, Enum<?> code) {
        return code == null ? "" : term(kind, code).label();
    }

    /** The labels of several codes of one kind, as one line: "Pain wakes the patient at night; Sharp, stabbing pain". */
    public String labels(String kind, List<? extends Enum<?>> codes) {
        return codes.stream().map(code -> label(kind, code)).collect(Collectors.joining("; "));
    }

    public String detail(String kind, Enum<?> code) {
        return code == null ? "" : term(kind, code).detail();
    }

    public String sources(String kind, Enum<?> code) {
        return code == null ? "" : term(kind, code).sources();
    }

    /** The term in the language of the page being drawn. */
    private Term term(String kind, Enum<?> code) {
        Language language = Language.of(Faces.getLocale()).orElse(Language.ENGLISH);
        return asked.computeIfAbsent(
                kind + ":" + code.name() + ":" + language, key -> clinicalTerms.term(kind, code, language));
    }

    public PainLocation[] getPainLocations() {
        return PainLocation.values();
    }

    public OnsetTiming[] getOnsetTimings() {
        return OnsetTiming.values();
    }

    public OnsetCourse[] getOnsetCourses() {
        return OnsetCourse.values();
    }

    public AggravatingActivity[] getAggravatingActivities() {
        return AggravatingActivity.values();
    }

    public MechanicalSymptom[] getMechanicalSymptoms() {
        return MechanicalSymptom.values();
    }

    public TrainingChange[] getTrainingChanges() {
        return TrainingChange.values();
    }

    public Surface[] getSurfaces() {
        return Surface.values();
    }

    public CrossTraining[] getCrossTrainings() {
        return CrossTraining.values();
    }

    public RiskFactor[] getRiskFactors() {
        return RiskFactor.values();
    }

    public RedFlag[] getRedFlags() {
        return RedFlag.values();
    }

    public Condition[] getConditions() {
        return Condition.values();
    }

    public SquatQuality[] getSquatQualities() {
        return SquatQuality.values();
    }

    public ShoeType[] getShoeTypes() {
        return ShoeType.values();
    }
}
