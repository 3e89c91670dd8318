package org.clinicportal.patient;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.clinicportal.input.PlainText;
import org.clinicportal.input.PlausibleDate;
import org.clinicportal.web.PagedTable;

/** The clinic's patients, searched by name, date of birth and status, loaded a page at a time. */
@Named
@ViewScoped
public class PatientList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PatientRegistry registry;

    @Size(max = 80, message = "{input.tooLong}")
    @PlainText
    private String name;

    @PlausibleDate
    private LocalDate dateOfBirth;

    private PatientStatus status = PatientStatus.ACTIVE;

    private final PagedTable<PatientRow> patients = PagedTable.countedTo(
            PatientRegistry.COUNTED,
            () -> registry.count(search()),
            (first, size, sort) -> registry.list(search(), first, size, order(sort.field()), sort.ascending()),
            PatientRow::id);

    private PatientSearch search() {
        return new PatientSearch(name, dateOfBirth, status);
    }

    private static PatientOrder order(String sortedBy) {
        return switch (sortedBy) {
            case "dateOfBirth" -> PatientOrder.DATE_OF_BIRTH;
            case "status" -> PatientOrder.STATUS;
            case "assignedTherapist" -> PatientOrder.THERAPIST;
            default -> PatientOrder.NAME;
        };
    }

    public PagedTable<PatientRow> getPatients() {
        return patients;
    }

    /** Whether more patients match than the list pages through: a search narrows them. */
    public boolean isMoreThanCounted() {
        return patients.isMoreThanCounted();
    }

    public int getCounted() {
        return PatientRegistry.COUNTED;
    }

    public PatientStatus[] getStatuses() {
        return PatientStatus.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public PatientStatus getStatus() {
        return status;
    }

    public void setStatus(PatientStatus status) {
        this.status = status;
    }
}
