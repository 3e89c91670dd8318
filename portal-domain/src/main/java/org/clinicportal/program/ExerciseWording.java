package org.clinicportal.program;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.ReadOnly;

/**
 * A shared exercise in another of the portal's languages. Platform data, written only by migrations; a clinic's own
 * exercises have none, as a clinic writes them in its own words.
 */
@Entity
@Table(name = "exercise_wording")
@IdClass(LibraryWordingKey.class)
@ReadOnly
public class ExerciseWording {

    @Id
    @Column(name = "exercise_id")
    private Long entry;

    /** A {@link org.clinicportal.language.Language}'s name. */
    @Id
    @Column(name = "language")
    private String language;

    @Column(name = "name")
    private String name;

    @Column(name = "target")
    private String target;

    @Column(name = "instructions")
    private String instructions;

    @Column(name = "cautions")
    private String cautions;

    protected ExerciseWording() {}

    public ExerciseText text() {
        return new ExerciseText(name, target, instructions, cautions);
    }
}
