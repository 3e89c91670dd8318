package org.clinicportal.program;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.MessageFormat;
import org.clinicportal.illustration.Drawing;
import org.clinicportal.illustration.Drawings;
import org.omnifaces.util.Faces;

/**
 * How a page shows an exercise: the clinic's picture or video if it has one, else the shared library's drawing; their
 * addresses and their words for a screen reader.
 */
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

    /** The clinic's picture or video, its version in the address: a new upload is never taken from a cache. */
    public String mediumSrc(ExerciseView exercise) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/media/exercises/"
                + exercise.id() + "?v=" + exercise.mediumVersion();
    }

    public String mediumAlt(ExerciseView exercise) {
        return new MessageFormat(Faces.getBundleString("illustration.medium"), Faces.getLocale())
                .format(new Object[] {exercise.name()});
    }

    public String alt(ExerciseView exercise) {
        boolean held = Drawings.of(exercise.id()).map(Drawing::isHeld).orElse(true);
        String words = Faces.getBundleString(held ? "illustration.held" : "illustration.startAndEnd");
        return new MessageFormat(words, Faces.getLocale()).format(new Object[] {exercise.name()});
    }
}
