package org.clinicportal.progress;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The therapist's caseload at a glance: adherence, pain, LEFS and open alerts, a page at a time. */
@Named
@ViewScoped
public class CaseloadDashboard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProgressReview review;

    private final CaseloadFilter filter = new CaseloadFilter();

    private final LazyDataModel<CaseloadRow> patients = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(review.caseloadCount(filter));
        }

        @Override
        public List<CaseloadRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            return review.caseload(
                    filter, order(sort), sort == null || sort.getOrder() != SortOrder.DESCENDING, first, pageSize);
        }

        @Override
        public String getRowKey(CaseloadRow row) {
            return Long.toString(row.patientId());
        }
    };

    private static CaseloadOrder order(SortMeta sort) {
        if (sort == null) {
            return CaseloadOrder.NAME;
        }
        return switch (sort.getField()) {
            case "adherence7Days" -> CaseloadOrder.ADHERENCE_7;
            case "adherence28Days" -> CaseloadOrder.ADHERENCE_28;
            case "latestPain" -> CaseloadOrder.LATEST_PAIN;
            case "latestLefs" -> CaseloadOrder.LATEST_LEFS;
            case "lefsChange" -> CaseloadOrder.LEFS_CHANGE;
            case "alerts" -> CaseloadOrder.OPEN_ALERTS;
            default -> CaseloadOrder.NAME;
        };
    }

    public LazyDataModel<CaseloadRow> getPatients() {
        return patients;
    }

    public CaseloadFilter getFilter() {
        return filter;
    }
}
