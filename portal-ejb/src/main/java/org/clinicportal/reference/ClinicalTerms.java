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
import org.clinicportal.language.Language;
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
        Map<String, Term> loaded = new HashMap<>();
        for (Object row : rows("select kind, code, label, detail, source_ref from clinical_term")) {
            Object[] columns = (Object[]) row;
            loaded.put(key(columns[0], columns[1], Language.ENGLISH), term(columns, (String) columns[4]));
        }
        for (Object row : rows("select w.kind, w.code, w.label, w.detail, w.language, t.source_ref"
                + " from clinical_term_wording w join clinical_term t on t.kind = w.kind and t.code = w.code")) {
            Object[] columns = (Object[]) row;
            loaded.put(key(columns[0], columns[1], Language.valueOf((String) columns[4])), term(columns, (String)
                    columns[5]));
        }
        terms = Map.copyOf(loaded);
    }

    private List<?> rows(String sql) {
        return entityManager
                .createNativeQuery(sql)
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .getResultList();
    }

    private static Term term(Object[] columns, String sources) {
        return new Term((String) columns[2], (String) columns[3], sources);
    }

    private static String key(Object kind, Object code, Language language) {
        return kind + ":" + code + ":" + language;
    }

    /** The term for a code of the given kind in English, e.g. {@code term("RED_FLAG", RedFlag.NIGHT_PAIN)}. */
    public Term term(String kind, Enum<?> code) {
        return term(kind, code, Language.ENGLISH);
    }

    /** The term in the given language; in English where that language has no wording for it yet. */
    public Term term(String kind, Enum<?> code, Language language) {
        Term term = terms.get(key(kind, code.name(), language));
        if (term == null && language != Language.ENGLISH) {
            return term(kind, code, Language.ENGLISH);
        }
        if (term == null) {
            throw new IllegalStateException("No clinical_term row for " + kind + " " + code.name());
        }
        return term;
    }
}
