package org.clinicportal.tenancy;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.regex.Pattern;
import org.clinicportal.training.DistanceUnit;

/**
 * A physical-therapy clinic: the tenant that owns patients, staff and programs. Its slug is the
 * stable tenant key carried in the users' {@code clinic} claim, so it never changes.
 */
@Entity
@Cacheable
@Table(name = "clinic")
@NamedQuery(name = "Clinic.findActive", query = "select c from Clinic c where c.active = true order by c.name")
public class Clinic {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

    @Id
    @Column(name = "id", length = 40)
    private String slug;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "time_zone", nullable = false, length = 60)
    private String timeZone;

    @Enumerated(EnumType.STRING)
    @Column(name = "distance_unit", nullable = false, length = 10)
    private DistanceUnit distanceUnit;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Version
    @Column(name = "version")
    private long version;

    protected Clinic() {}

    public Clinic(String slug, String name, ZoneId timeZone, DistanceUnit distanceUnit) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException(
                    "A clinic slug is 2 to 40 lower-case letters, digits or hyphens, starting with a letter or digit: "
                            + slug);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A clinic needs a name");
        }
        this.slug = slug;
        this.name = name.strip();
        this.timeZone = Objects.requireNonNull(timeZone, "timeZone").getId();
        this.distanceUnit = Objects.requireNonNull(distanceUnit, "distanceUnit");
        this.active = true;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** Its users can no longer sign in to the portal or reach any of its data; nothing is removed. */
    public void deactivate() {
        this.active = false;
    }

    /** Everything is as it was before the clinic was deactivated. */
    public void reactivate() {
        this.active = true;
    }

    public String slug() {
        return slug;
    }

    public String name() {
        return name;
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    public DistanceUnit distanceUnit() {
        return distanceUnit;
    }

    public boolean isActive() {
        return active;
    }
}
