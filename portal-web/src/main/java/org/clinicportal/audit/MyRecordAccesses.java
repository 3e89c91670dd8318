package org.clinicportal.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clinicportal.web.PagedTable;

/** The patient's list of who in the clinic opened or changed their record, a page at a time. */
@Named
@ViewScoped
public class MyRecordAccesses implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RecordAccessLog accessLog;

    private final PagedTable<RecordAccess> accesses =
            PagedTable.of(() -> accessLog.count(), (first, size, sort) -> accessLog.page(first, size));

    public PagedTable<RecordAccess> getAccesses() {
        return accesses;
    }
}
