package org.clinicportal.program;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.clinicportal.input.PlainText;

/**
 * What the library is filtered by: a category (or all), and a target the exercise's target contains.
 */
public class ExerciseFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private ExerciseCategory category;

    @Size(max = 80, message = "{input.tooLong}")
    @PlainText
    private String target;

    Set<ExerciseCategory> categories() {
        return category == null ? EnumSet.allOf(ExerciseCategory.class) : EnumSet.of(category);
    }

    String targetPattern() {
        return target == null || target.isBlank()
                ? "%"
                : "%"
                        + target.strip()
                                .toLowerCase(Locale.ROOT)
                                .replace("\\", "")
                                .replace("%", "")
                                .replace("_", "") + "%";
    }

    public ExerciseCategory getCategory() {
        return category;
    }

    public void setCategory(ExerciseCategory category) {
        this.category = category;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }
}
