package org.clinicportal.program;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The patient's whole program: every exercise with its weeks, dosage, steps and cautions. */
@Named
@RequestScoped
public class WholeProgram {

    @Inject
    private MyProgram myProgram;

    private Long id;
    private ProgramView program;

    public void load() throws ProgramNotFoundException {
        program = myProgram.program(id == null ? -1 : id);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ProgramView getProgram() {
        return program;
    }
}
