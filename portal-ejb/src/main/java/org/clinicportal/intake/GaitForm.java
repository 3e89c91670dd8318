package org.clinicportal.intake;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.Serializable;

/** The running gait as observed, with its constraints and its one conversion to and from {@link Objective.Gait}. */
public class GaitForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Boolean overstriding;

    private Boolean heavyHeelStrike;

    private Boolean footAheadOfBody;

    private Boolean pelvicDrop;

    private Boolean trunkLean;

    @Min(value = 60, message = "{intake.cadence}")
    @Max(value = 260, message = "{intake.cadence}")
    private Integer cadence;

    static GaitForm of(Objective.Gait gait) {
        GaitForm form = new GaitForm();
        form.overstriding = gait.overstriding();
        form.heavyHeelStrike = gait.heavyHeelStrike();
        form.footAheadOfBody = gait.footAheadOfBody();
        form.pelvicDrop = gait.pelvicDrop();
        form.trunkLean = gait.trunkLean();
        form.cadence = gait.cadence();
        return form;
    }

    Objective.Gait toGait() {
        return new Objective.Gait(overstriding, heavyHeelStrike, footAheadOfBody, pelvicDrop, trunkLean, cadence);
    }

    public Boolean getOverstriding() {
        return overstriding;
    }

    public void setOverstriding(Boolean overstriding) {
        this.overstriding = overstriding;
    }

    public Boolean getHeavyHeelStrike() {
        return heavyHeelStrike;
    }

    public void setHeavyHeelStrike(Boolean heavyHeelStrike) {
        this.heavyHeelStrike = heavyHeelStrike;
    }

    public Boolean getFootAheadOfBody() {
        return footAheadOfBody;
    }

    public void setFootAheadOfBody(Boolean footAheadOfBody) {
        this.footAheadOfBody = footAheadOfBody;
    }

    public Boolean getPelvicDrop() {
        return pelvicDrop;
    }

    public void setPelvicDrop(Boolean pelvicDrop) {
        this.pelvicDrop = pelvicDrop;
    }

    public Boolean getTrunkLean() {
        return trunkLean;
    }

    public void setTrunkLean(Boolean trunkLean) {
        this.trunkLean = trunkLean;
    }

    public Integer getCadence() {
        return cadence;
    }

    public void setCadence(Integer cadence) {
        this.cadence = cadence;
    }
}
