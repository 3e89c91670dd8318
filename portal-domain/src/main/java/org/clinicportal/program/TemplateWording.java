package org.clinicportal.program;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.persistence.annotations.ReadOnly;

/**
 * A shared template in another of the portal's languages: its name, description and the notes of its items.
 * Platform data, written only by migrations.
 */
@Entity
@Table(name = "program_template_wording")
@IdClass(LibraryWordingKey.class)
@ReadOnly
public class TemplateWording {

    @Id
    @Column(name = "template_id")
    private Long entry;

    /** A {@link org.clinicportal.language.Language}'s name. */
    @Id
    @Column(name = "language")
    private String language;

    @Column(name = "name")
    private String name;

    @Column(name = "description")
    private String description;

    /** The items' notes, by the item's position in the template. */
    @ElementCollection
    @CollectionTable(
            name = "template_item_wording",
            joinColumns = {
                @JoinColumn(name = "template_id", referencedColumnName = "template_id"),
                @JoinColumn(name = "language", referencedColumnName = "language")
            })
    @MapKeyColumn(name = "position")
    @Column(name = "note")
    private Map<Integer, String> notes = new HashMap<>();

    protected TemplateWording() {}

    public String name() {
        return name;
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /** The template's items with their notes in this language; an item whose note has no wording keeps its own. */
    public List<ProgramItem> word(List<ProgramItem> items) {
        List<ProgramItem> worded = new ArrayList<>(items.size());
        for (int position = 0; position < items.size(); position++) {
            ProgramItem item = items.get(position);
            String note = notes.get(position);
            worded.add(note == null ? item : item.withNote(note));
        }
        return worded;
    }
}
