package org.clinicportal.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The clinic's audit log, filtered by user, patient, action and days, a page at a time. */
@Named
@ViewScoped
public class AuditBrowser implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditLog auditLog;

    private final AuditFilter filter = new AuditFilter();

    private AuditIntegrity integrity;

    private boolean moreThanCounted;

    private final LazyDataModel<AuditRow> entries = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            long matching = auditLog.count(filter);
            moreThanCounted = matching > AuditLog.COUNTED;
            return (int) Math.min(matching, AuditLog.COUNTED);
        }

        @Override
        public List<AuditRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return auditLog.page(filter, first, pageSize);
        }

        @Override
        public String getRowKey(AuditRow row) {
            return Long.toString(row.id());
        }
    };

    public LazyDataModel<AuditRow> getEntries() {
        return entries;
    }

    /** Whether more entries match than the log pages through: the filters narrow them. */
    public boolean isMoreThanCounted() {
        return moreThanCounted;
    }

    public int getCounted() {
        return AuditLog.COUNTED;
    }

    /** Checks the whole log again, not only what was written since the last check. */
    public void checkInFull() {
        integrity = auditLog.integrityInFull();
    }

    /** Checked once when the page opens, from where the last check left it. */
    public AuditIntegrity getIntegrity() {
        if (integrity == null) {
            integrity = auditLog.integrity();
        }
        return integrity;
    }

    public AuditFilter getFilter() {
        return filter;
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }
}
