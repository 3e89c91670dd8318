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

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Inject
    private Caller caller;

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
                .createNamedQuery("ProgramTemplate.visible", ProgramTemplate.class)
                .setParameter("clinic", clinic())
                .getResultList()
                .stream()
                .map(template -> new TemplateRow(
                        template.id(),
                        template.name(),
                        template.description().orElse(""),
                        template.isShared(),
                        template.includesReturnToRun(),
                        counts.getOrDefault(template.id(), 0L)))
                .toList();
    }

    @RolesAllowed({Role.THERAPIST_NAME, Role.CLINIC_ADMIN_NAME})
    public TemplateView template(long id) throws TemplateNotFoundException {
        ProgramTemplate template = library().readable(id);
        return new TemplateView(
                template.id(),
                template.name(),
                template.description().orElse(""),
                template.isShared(),
                template.isOwnedBy(clinic()),
                template.includesReturnToRun(),
                ItemViews.of(entityManager, clinic(), template.items()),
                template.version());
    }

    /** The template's exercises as editor lines, in the user's unit: to start a program or a template from. */
    @RolesAllowed(Role.THERAPIST_NAME)
    public List<ItemForm> itemsOf(long id, @NotNull DistanceUnit unit) throws TemplateNotFoundException {
        ProgramTemplate template = library().readable(id);
        Map<Long, ExerciseView> exercises = ItemViews.exercises(
                entityManager,
                clinic(),
                template.items().stream().map(ProgramItem::exerciseId).collect(Collectors.toSet()));
        return template.items().stream()
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

    /** The clinic's own copy of a shared or own template; returns the copy's id. */
    @RolesAllowed(Role.THERAPIST_NAME)
    public long copy(long id) throws TemplateNotFoundException {
        ProgramTemplate original = library().readable(id);
        ProgramTemplate copy = original.copyFor(clinic(), "Copy of " + original.name());
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
