package org.clinicportal.program;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.MessageFormat;
import org.clinicportal.illustration.Drawing;
import org.clinicportal.illustration.Drawings;
import org.omnifaces.util.Faces;

/** Which exercises have a drawing, and how a page shows it: its address and its words for a screen reader. */
@Named
@ApplicationScoped
public class Illustrations {

    /** Only the shared library is drawn; a clinic's own exercise is shown by its steps. */
    public boolean has(ExerciseView exercise) {
        return exercise.shared() && Drawings.of(exercise.id()).isPresent();
    }

    public String src(ExerciseView exercise) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/illustrations/"
                + exercise.id() + ".svg";
    }

    public String alt(ExerciseView exercise) {
        boolean held = Drawings.of(exercise.id()).map(Drawing::isHeld).orElse(true);
        String words = Faces.getBundleString(held ? "illustration.held" : "illustration.startAndEnd");
        return new MessageFormat(words, Faces.getLocale()).format(new Object[] {exercise.name()});
    }
}
