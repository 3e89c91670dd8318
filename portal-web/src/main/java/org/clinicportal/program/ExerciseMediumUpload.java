package org.clinicportal.program;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.clinicportal.web.Refusals;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The clinic's picture or video of an exercise: upload one in place of the last, or remove it. The view keeps the
 * exercise's id, name and what it has now; an exercise the clinic cannot see answers as not found.
 */
@Named
@ViewScoped
public class ExerciseMediumUpload implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ExerciseLibrary library;

    @Inject
    private ExerciseMedia media;

    private Long id;
    private String name;
    private boolean shared;
    private MediumView current;
    private transient Part file;

    public void load() throws ExerciseNotFoundException {
        ExerciseView exercise = library.exercise(exercise());
        name = exercise.name();
        shared = exercise.shared();
        current = media.of(exercise.id()).orElse(null);
    }

    public String upload() throws ExerciseNotFoundException, IOException {
        if (file == null || file.getSize() == 0) {
            Messages.addError("medium:file", Faces.getBundleString("medium.none"));
            return null;
        }
        if (file.getSize() > MediaType.MAX_VIDEO_BYTES) {
            Messages.addGlobalError(Faces.getBundleString("medium.tooLarge"));
            return null;
        }
        try (InputStream content = file.getInputStream()) {
            media.upload(exercise(), content.readAllBytes());
            Messages.addFlashGlobalInfo(Faces.getBundleString("medium.uploaded"));
            return again();
        } catch (ProgramRefusedException e) {
            Refusals.show(e);
            return null;
        }
    }

    public String remove() throws ExerciseNotFoundException {
        media.remove(exercise());
        Messages.addFlashGlobalInfo(Faces.getBundleString("medium.removed"));
        return again();
    }

    private String again() {
        return "/therapist/library/medium?faces-redirect=true&id=" + exercise();
    }

    private long exercise() {
        return id == null ? -1 : id;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public boolean isShared() {
        return shared;
    }

    public MediumView getCurrent() {
        return current;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
