package org.clinicportal.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.Serializable;

/**
 * The objective tests as the therapist fills them in: a left/right part per test, each with the constraints of its
 * scale, and the one conversion to and from the intake's {@link Objective}.
 */
public class ObjectiveForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Valid
    private GradePair abductorStrength = new GradePair();

    @Valid
    private DegreesPair flexion = new DegreesPair();

    @Valid
    private DegreesPair extension = new DegreesPair();

    @Valid
    private DegreesPair internalRotation = new DegreesPair();

    @Valid
    private DegreesPair externalRotation = new DegreesPair();

    @Valid
    private TestPair trochantericTenderness = new TestPair();

    @Valid
    private TestPair trendelenburg = new TestPair();

    @Valid
    private SquatPair singleLegSquat = new SquatPair();

    @Valid
    private TestPair thomas = new TestPair();

    @Valid
    private TestPair ober = new TestPair();

    @Valid
    private TestPair fadir = new TestPair();

    @Valid
    private TestPair faber = new TestPair();

    @Min(value = 0, message = "{intake.millimetres}")
    @Max(value = 100, message = "{intake.millimetres}")
    private Integer legLengthDifferenceMm;

    static ObjectiveForm of(Objective o) {
        ObjectiveForm form = new ObjectiveForm();
        form.abductorStrength = GradePair.of(o.abductorStrength());
        form.flexion = DegreesPair.of(o.flexion());
        form.extension = DegreesPair.of(o.extension());
        form.internalRotation = DegreesPair.of(o.internalRotation());
        form.externalRotation = DegreesPair.of(o.externalRotation());
        form.trochantericTenderness = TestPair.of(o.trochantericTenderness());
        form.trendelenburg = TestPair.of(o.trendelenburg());
        form.singleLegSquat = SquatPair.of(o.singleLegSquat());
        form.thomas = TestPair.of(o.thomas());
        form.ober = TestPair.of(o.ober());
        form.fadir = TestPair.of(o.fadir());
        form.faber = TestPair.of(o.faber());
        form.legLengthDifferenceMm = o.legLengthDifferenceMm();
        return form;
    }

    Objective toObjective(Objective.Gait gait) {
        return new Objective(
                abductorStrength.sides(),
                flexion.sides(),
                extension.sides(),
                internalRotation.sides(),
                externalRotation.sides(),
                trochantericTenderness.sides(),
                trendelenburg.sides(),
                singleLegSquat.sides(),
                thomas.sides(),
                ober.sides(),
                fadir.sides(),
                faber.sides(),
                legLengthDifferenceMm,
                gait);
    }

    public GradePair getAbductorStrength() {
        return abductorStrength;
    }

    public DegreesPair getFlexion() {
        return flexion;
    }

    public DegreesPair getExtension() {
        return extension;
    }

    public DegreesPair getInternalRotation() {
        return internalRotation;
    }

    public DegreesPair getExternalRotation() {
        return externalRotation;
    }

    public TestPair getTrochantericTenderness() {
        return trochantericTenderness;
    }

    public TestPair getTrendelenburg() {
        return trendelenburg;
    }

    public SquatPair getSingleLegSquat() {
        return singleLegSquat;
    }

    public TestPair getThomas() {
        return thomas;
    }

    public TestPair getOber() {
        return ober;
    }

    public TestPair getFadir() {
        return fadir;
    }

    public TestPair getFaber() {
        return faber;
    }

    public Integer getLegLengthDifferenceMm() {
        return legLengthDifferenceMm;
    }

    public void setLegLengthDifferenceMm(Integer legLengthDifferenceMm) {
        this.legLengthDifferenceMm = legLengthDifferenceMm;
    }
}
