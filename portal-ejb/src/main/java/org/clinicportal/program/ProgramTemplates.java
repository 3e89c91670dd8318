package org.clinicportal.program;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.clinicportal.language.CallersLanguage;
import org.clinicportal.language.Wording;
import org.clinicportal.persistence.ConcurrentChangeException;
import org.clinicportal.security.Caller;
import org.clinicportal.security.Role;
import org.clinicportal.trail.AuditAction;
import org.clinicportal.trail.AuditTrail;
import org.clinicportal.training.DistanceUnit;

/**
 * Program templates: the shared ones, read-only, and the clinic's own, which its therapists
 * create, copy from any visible template, and change.
 */
@Stateless
public class ProgramTemplates {

    private static final String WORDS = "org.clinicportal.program.templates";

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Inject
    private Caller caller;

    @Inject
    private CallersLanguage reader;

    @Inject
    private AuditTrail audit;

    /** The shared templates and the clinic's own, by name, with their number of exercises. */
    @RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
    public List<TemplateRow> list() {
        Map<Long, Long> counts = entityManager
                .createNamedQuery("ProgramTemplate.itemCounts", Object[].class)
                .setParameter("clinic", clinic())
                .getResultList()
                .stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
        return entityManager
                .createNamedQuery("ProgramTemplate.visible", Object[].class)
                .setParameter("clinic", clinic())
                .setParameter("language", reader.get().name())
                .getResultList()
                .stream()
                .map(WordedTemplate::of)
                .map(worded -> new TemplateRow(
                        worded.template().id(),
                        worded.name(),
                        worded.description().orElse(""),
                        worded.template().isShared(),
                        worded.template().includesReturnToRun(),
                        counts.getOrDefault(worded.template().id(), 0L)))
                .toList();
    }

    @RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
    public TemplateView template(long id) throws TemplateNotFoundException {
        WordedTemplate worded = readable(id);
        ProgramTemplate template = worded.template();
        return new TemplateView(
                template.id(),
                worded.name(),
                worded.description().orElse(""),
                template.isShared(),
                template.isOwnedBy(clinic()),
                template.includesReturnToRun(),
                ItemViews.of(entityManager, clinic(), reader.get(), worded.items()),
                template.version());
    }

    /** The template's exercises as editor lines, in the user's unit: to start a program or a template from. */
    @RolesAllowed(Role.THERAPIST_NAME)
    public List<ItemForm> itemsOf(long id, @NotNull DistanceUnit unit) throws TemplateNotFoundException {
        List<ProgramItem> items = readable(id).items();
        Map<Long, ExerciseView> exercises = ItemViews.exercises(
                entityManager,
                clinic(),
                reader.get(),
                items.stream().map(ProgramItem::exerciseId).collect(Collectors.toSet()));
        return items.stream()
                .map(item -> ItemForm.of(item, exercises.get(item.exerciseId()), unit))
                .toList();
    }

    /** The form to change one of the clinic's own templates. */
    @RolesAllowed(Role.THERAPIST_NAME)
    public TemplateForm formFor(long id, @NotNull DistanceUnit unit) throws TemplateNotFoundException {
        ProgramTemplate template = library().changeable(id);
        TemplateForm form = new TemplateForm();
        form.setVersion(template.version());
        form.setDistanceUnit(unit);
        form.setName(template.name());
        form.setDescription(template.description().orElse(null));
        form.setReturnToRun(template.includesReturnToRun());
        form.setItems(new ArrayList<>(itemsOf(id, unit)));
        return form;
    }

    /** The clinic's own copy of a shared or own template, in the words the therapist reads it in; returns its id. */
    @RolesAllowed(Role.THERAPIST_NAME)
    public long copy(long id) throws TemplateNotFoundException {
        WordedTemplate original = readable(id);
        ProgramTemplate copy = new ProgramTemplate(
                clinic(),
                ProgramTemplate.suggestedName(
                        Wording.format(WORDS, reader.get().locale(), "template.copyOf", original.name())),
                original.description().orElse(null),
                original.template().includesReturnToRun(),
                original.items());
        entityManager.persist(copy);
        entityManager.flush();
        audit.record(AuditAction.TEMPLATE_SAVED, null, "Template " + copy.id() + " copied from " + id);
        return copy.id();
    }

    @RolesAllowed(Role.THERAPIST_NAME)
    public long create(@NotNull @Valid TemplateForm form) throws ExerciseNotFoundException {
        ProgramTemplate template = new ProgramTemplate(
                clinic(),
                form.getName(),
                form.getDescription(),
                form.isReturnToRun(),
                items(form.getItems(), form.getDistanceUnit()));
        entityManager.persist(template);
        entityManager.flush();
        audit.record(AuditAction.TEMPLATE_SAVED, null, "Template " + template.id() + " " + template.name());
        return template.id();
    }

    @RolesAllowed(Role.THERAPIST_NAME)
    public void revise(long id, @NotNull @Valid TemplateForm form)
            throws TemplateNotFoundException, ExerciseNotFoundException, ConcurrentChangeException {
        ProgramTemplate template = library().changeable(id);
        ConcurrentChangeException.requireCurrent(template.version(), form.getVersion());
        template.revise(
                form.getName(),
                form.getDescription(),
                form.isReturnToRun(),
                items(form.getItems(), form.getDistanceUnit()));
        entityManager.flush();
        audit.record(AuditAction.TEMPLATE_SAVED, null, "Template " + id + " " + template.name());
    }

    /** A template the clinic can read, with a shared one's wording in the reader's language. */
    private WordedTemplate readable(long id) throws TemplateNotFoundException {
        ProgramTemplate template = library().readable(id);
        TemplateWording wording = template.isShared()
                ? entityManager.find(
                        TemplateWording.class,
                        new LibraryWordingKey(id, reader.get().name()))
                : null;
        return new WordedTemplate(template, wording);
    }

    private List<ProgramItem> items(List<ItemForm> lines, DistanceUnit unit) throws ExerciseNotFoundException {
        return ItemViews.items(entityManager, clinic(), lines, unit);
    }

    private Library<ProgramTemplate, TemplateNotFoundException> library() {
        return new Library<>(entityManager, ProgramTemplate.class, clinic(), TemplateNotFoundException::new);
    }

    private String clinic() {
        return caller.clinic().orElseThrow(() -> new IllegalStateException("Templates are read within a clinic"));
    }
}
