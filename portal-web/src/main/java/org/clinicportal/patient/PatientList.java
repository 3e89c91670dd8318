package org.clinicportal.patient;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.clinicportal.input.PlainText;
import org.clinicportal.input.PlausibleDate;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

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

    private boolean moreThanCounted;

    private final LazyDataModel<PatientRow> patients = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            long matching = registry.count(search());
            moreThanCounted = matching > PatientRegistry.COUNTED;
            return (int) Math.min(matching, PatientRegistry.COUNTED);
        }

        @Override
        public List<PatientRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            return registry.list(
                    search(), first, pageSize, order(sort), sort == null || sort.getOrder() != SortOrder.DESCENDING);
        }

        @Override
        public String getRowKey(PatientRow row) {
            return Long.toString(row.id());
        }
    };

    private PatientSearch search() {
        return new PatientSearch(name, dateOfBirth, status);
    }

    private static PatientOrder order(SortMeta sort) {
        if (sort == null) {
            return PatientOrder.NAME;
        }
        return switch (sort.getField()) {
            case "dateOfBirth" -> PatientOrder.DATE_OF_BIRTH;
            case "status" -> PatientOrder.STATUS;
            case "assignedTherapist" -> PatientOrder.THERAPIST;
            default -> PatientOrder.NAME;
        };
    }

    public LazyDataModel<PatientRow> getPatients() {
        return patients;
    }

    /** Whether more patients match than the list pages through: a search narrows them. */
    public boolean isMoreThanCounted() {
        return moreThanCounted;
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
