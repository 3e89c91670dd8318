package org.clinicportal.preference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import java.util.Optional;
import org.clinicportal.language.Language;
import org.clinicportal.tenancy.Tenancy;
import org.clinicportal.training.DistanceUnit;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** What one user chose for themselves; without it the clinic's defaults apply. */
@Entity
@Table(name = "user_preference")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
        name = Tenancy.COLUMN,
        contextProperty = Tenancy.CONTEXT_PROPERTY,
        length = 40,
        primaryKey = true)
public class UserPreference {

    @Id
    @Column(name = "username", length = 80)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(name = "distance_unit", nullable = false, length = 10)
    private DistanceUnit distanceUnit;

    @Enumerated(EnumType.STRING)
    @Column(name = "language", length = 10)
    private Language language;

    @Version
    @Column(name = "version")
    private long version;

    protected UserPreference() {}

    public UserPreference(String username, DistanceUnit distanceUnit) {
        this.username = Objects.requireNonNull(username, "username");
        this.distanceUnit = Objects.requireNonNull(distanceUnit, "distanceUnit");
    }

    public void showDistancesIn(DistanceUnit unit) {
        this.distanceUnit = Objects.requireNonNull(unit, "unit");
    }

    public DistanceUnit distanceUnit() {
        return distanceUnit;
    }

    public void speak(Language chosen) {
        this.language = Objects.requireNonNull(chosen, "chosen");
    }

    /** The language the user chose; empty until they choose, when their browser's is used. */
    public Optional<Language> language() {
        return Optional.ofNullable(language);
    }
}
