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

/** The patient's list of who in the clinic opened or changed their record, a page at a time. */
@Named
@ViewScoped
public class MyRecordAccesses implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RecordAccessLog accessLog;

    private final LazyDataModel<RecordAccess> accesses = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(accessLog.count());
        }

        @Override
        public List<RecordAccess> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return accessLog.page(first, pageSize);
        }
    };

    public LazyDataModel<RecordAccess> getAccesses() {
        return accesses;
    }
}
