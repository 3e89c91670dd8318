package org.clinicportal.reference;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.persistence.config.QueryHints;

/**
 * The clinical wording of every coded answer, read once from the clinical_term reference table:
 * platform data that changes only with a migration.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ClinicalTerms {

    /** The wording of one term and where it comes from. */
    public record Term(String label, String detail, String sources) {}

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    private Map<String, Term> terms;

    @PostConstruct
    void load() {
        List<?> rows = entityManager
                .createNativeQuery("select kind, code, label, detail, source_ref from clinical_term")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .getResultList();
        Map<String, Term> loaded = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            loaded.put(columns[0] + ":" + columns[1], new Term((String) columns[2], (String) columns[3], (String)
                    columns[4]));
        }
        terms = Map.copyOf(loaded);
    }

    /** The term for a code of the given kind, e.g. {@code term("RED_FLAG", RedFlag.NIGHT_PAIN)}. */
    public Term term(String kind, Enum<?> code) {
        Term term = terms.get(kind + ":" + code.name());
        if (term == null) {
            throw new IllegalStateException("No clinical_term row for " + kind + " " + code.name());
        }
        return term;
    }
}
