package org.clinicportal.progress;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clinicportal.web.PagedTable;

/** The therapist's caseload at a glance: adherence, pain, LEFS and open alerts, a page at a time. */
@Named
@ViewScoped
public class CaseloadDashboard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProgressReview review;

    private final CaseloadFilter filter = new CaseloadFilter();

    private final PagedTable<CaseloadRow> patients = PagedTable.of(
            () -> review.caseloadCount(filter),
            (first, size, sort) -> review.caseload(filter, order(sort.field()), sort.ascending(), first, size),
            CaseloadRow::patientId);

    private static CaseloadOrder order(String sortedBy) {
        return switch (sortedBy) {
            case "adherence7Days" -> CaseloadOrder.ADHERENCE_7;
            case "adherence28Days" -> CaseloadOrder.ADHERENCE_28;
            case "latestPain" -> CaseloadOrder.LATEST_PAIN;
            case "latestLefs" -> CaseloadOrder.LATEST_LEFS;
            case "lefsChange" -> CaseloadOrder.LEFS_CHANGE;
            case "alerts" -> CaseloadOrder.OPEN_ALERTS;
            default -> CaseloadOrder.NAME;
        };
    }

    public PagedTable<CaseloadRow> getPatients() {
        return patients;
    }

    public CaseloadFilter getFilter() {
        return filter;
    }
}
