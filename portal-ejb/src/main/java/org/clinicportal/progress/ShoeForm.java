package org.clinicportal.progress;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import org.clinicportal.input.PlainText;
import org.clinicportal.training.DistanceUnit;
import org.clinicportal.training.ShoeType;

/** A new pair of shoes: a name, road or trail, and how far it has run already (in the patient's unit). */
public class ShoeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private DistanceUnit distanceUnit = DistanceUnit.KILOMETRES;

    @NotBlank(message = "{shoe.name}")
    @Size(max = Shoe.NAME_LENGTH, message = "{shoe.name}")
    @PlainText
    private String name;

    @NotNull(message = "{shoe.type}")
    private ShoeType type = ShoeType.ROAD;

    @NotNull(message = "{shoe.distance}")
    @DecimalMin(value = "0", message = "{shoe.distance}")
    @DecimalMax(value = "3000", message = "{shoe.distance}")
    @Digits(integer = 4, fraction = 2, message = "{input.digits}")
    private BigDecimal distanceSoFar = BigDecimal.ZERO;

    public DistanceUnit getDistanceUnit() {
        return distanceUnit;
    }

    public void setDistanceUnit(DistanceUnit distanceUnit) {
        this.distanceUnit = distanceUnit;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ShoeType getType() {
        return type;
    }

    public void setType(ShoeType type) {
        this.type = type;
    }

    public BigDecimal getDistanceSoFar() {
        return distanceSoFar;
    }

    public void setDistanceSoFar(BigDecimal distanceSoFar) {
        this.distanceSoFar = distanceSoFar;
    }
}
