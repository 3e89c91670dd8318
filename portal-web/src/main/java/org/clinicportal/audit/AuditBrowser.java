package org.clinicportal.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clinicportal.trail.AuditAction;
import org.clinicportal.web.PagedTable;

/** The clinic's audit log, filtered by user, patient, action and days, a page at a time. */
@Named
@ViewScoped
public class AuditBrowser implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditLog auditLog;

    private final AuditFilter filter = new AuditFilter();

    private AuditIntegrity integrity;

    private final PagedTable<AuditRow> entries = PagedTable.countedTo(
            AuditLog.COUNTED,
            () -> auditLog.count(filter),
            (first, size, sort) -> auditLog.page(filter, first, size),
            AuditRow::id);

    public PagedTable<AuditRow> getEntries() {
        return entries;
    }

    /** Whether more entries match than the log pages through: the filters narrow them. */
    public boolean isMoreThanCounted() {
        return entries.isMoreThanCounted();
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
