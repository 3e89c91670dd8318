package org.clinicportal.progress;

/**
 * What the caseload can be sorted by; each names its column of caseload_row, so no request text reaches the SQL.
 * Patients without a value come last either way, ties by name: the order of one of caseload_row's indexes.
 */
public enum CaseloadOrder {
    NAME(null),
    ADHERENCE_7("adherence_7"),
    ADHERENCE_28("adherence_28"),
    LATEST_PAIN("latest_pain"),
    LATEST_LEFS("latest_lefs"),
    LEFS_CHANGE("lefs_change"),
    OPEN_ALERTS("open_alerts");

    private static final String BY_NAME = "r.family_key, r.given_key, r.patient_id";

    private final String column;

    CaseloadOrder(String column) {
        this.column = column;
    }

    String sql(boolean ascending) {
        if (column == null) {
            return ascending ? BY_NAME : "r.family_key desc, r.given_key desc, r.patient_id desc";
        }
        return "r." + column + (ascending ? " asc" : " desc") + " nulls last, " + BY_NAME;
    }
}
