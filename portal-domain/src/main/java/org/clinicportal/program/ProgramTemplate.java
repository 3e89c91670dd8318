package org.clinicportal.program;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A documented program to start a patient's program from: exercises with phases and dosages, and
 * whether it carries the return-to-run ramp. Templates without an owning clinic are the shared
 * ones; clinics copy them to make their own and change only their own.
 */
@Entity
@Table(name = "program_template")
@NamedQuery(
        name = "ProgramTemplate.visible",
        query = "select t, w from ProgramTemplate t"
                + " left join TemplateWording w on w.entry = t.id and w.language = :language"
                + " where t.owner is null or t.owner = :clinic order by lower(coalesce(w.name, t.name)), t.id")
@NamedQuery(
        name = "ProgramTemplate.itemCounts",
        query =
                "select t.id, count(i) from ProgramTemplate t join t.items i where t.owner is null or t.owner = :clinic group by t.id")
public class ProgramTemplate implements LibraryEntry {

    public static final int NAME_LENGTH = 120;
    public static final int DESCRIPTION_LENGTH = 2000;

    @Id
    @SequenceGenerator(name = "program_template_seq", sequenceName = "program_template_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "program_template_seq")
    @Column(name = "id")
    private Long id;

    /** The clinic that owns it; null for a shared template. */
    @Column(name = "clinic_id", length = 40, updatable = false)
    private String owner;

    @Column(name = "name", nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "description", length = DESCRIPTION_LENGTH)
    private String description;

    @Column(name = "return_to_run", nullable = false)
    private boolean returnToRun;

    @ElementCollection
    @CollectionTable(name = "template_item", joinColumns = @JoinColumn(name = "template_id"))
    @OrderColumn(name = "position")
    private List<ProgramItem> items = new ArrayList<>();

    @Version
    @Column(name = "version")
    private long version;

    protected ProgramTemplate() {}

    /**
     * A name the portal suggests, such as a copy's, shortened with an ellipsis where it would not fit; the therapist
     * sees it in the editor and renames the template at will.
     */
    public static String suggestedName(String words) {
        return words.length() <= NAME_LENGTH
                ? words
                : words.substring(0, NAME_LENGTH - 1).stripTrailing() + "…";
    }

    /** A clinic's own template. */
    public ProgramTemplate(
            String clinic, String name, String description, boolean returnToRun, List<ProgramItem> items) {
        if (clinic == null || clinic.isBlank()) {
            throw new IllegalArgumentException("A clinic's template needs its clinic");
        }
        this.owner = clinic;
        describe(name, description, returnToRun, items);
    }

    /** Changes a clinic's own template; shared templates are read-only. */
    public void revise(String name, String description, boolean returnToRun, List<ProgramItem> items) {
        if (isShared()) {
            throw new IllegalStateException("Shared templates are read-only: copy the template to change it.");
        }
        describe(name, description, returnToRun, items);
    }

    private void describe(String name, String description, boolean returnToRun, List<ProgramItem> items) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A template needs a name");
        }
        this.name = name.strip();
        this.description = description == null || description.isBlank() ? null : description.strip();
        this.returnToRun = returnToRun;
        this.items.clear();
        this.items.addAll(Objects.requireNonNull(items, "items"));
    }

    @Override
    public Optional<String> owner() {
        return Optional.ofNullable(owner);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    public boolean includesReturnToRun() {
        return returnToRun;
    }

    public List<ProgramItem> items() {
        return List.copyOf(items);
    }

    public long version() {
        return version;
    }
}
