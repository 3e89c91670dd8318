package org.clinicportal.progress;

/** What the caseload can be sorted by; each names its SQL expression, so no request text reaches the SQL. */
public enum CaseloadOrder {
    NAME("lower(family_name), lower(given_name)"),
    ADHERENCE_7("adherence_7"),
    ADHERENCE_28("adherence_28"),
    LATEST_PAIN("latest_pain"),
    LATEST_LEFS("latest_lefs"),
    LEFS_CHANGE("lefs_change"),
    OPEN_ALERTS("open_alerts");

    private final String column;

    CaseloadOrder(String column) {
        this.column = column;
    }

    String column() {
        return column;
    }
}
