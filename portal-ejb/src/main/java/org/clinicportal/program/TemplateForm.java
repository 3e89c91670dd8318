package org.clinicportal.program;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.clinicportal.input.PlainText;
import org.clinicportal.training.DistanceUnit;

/** A clinic's own program template as the editor holds it. */
public class TemplateForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private long version;

    @NotNull
    private DistanceUnit distanceUnit = DistanceUnit.KILOMETRES;

    @NotBlank(message = "{template.name}")
    @Size(max = ProgramTemplate.NAME_LENGTH, message = "{template.name}")
    @PlainText
    private String name;

    @Size(max = ProgramTemplate.DESCRIPTION_LENGTH, message = "{template.description}")
    @PlainText
    private String description;

    private boolean returnToRun;

    @Valid
    @NotNull
    private List<ItemForm> items = new ArrayList<>();

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

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

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isReturnToRun() {
        return returnToRun;
    }

    public void setReturnToRun(boolean returnToRun) {
        this.returnToRun = returnToRun;
    }

    public List<ItemForm> getItems() {
        return items;
    }

    public void setItems(List<ItemForm> items) {
        this.items = items;
    }
}
