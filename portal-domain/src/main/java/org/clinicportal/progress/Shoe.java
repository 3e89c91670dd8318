package org.clinicportal.progress;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import org.clinicportal.tenancy.Tenancy;
import org.clinicportal.training.Distance;
import org.clinicportal.training.ShoeType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A runner's pair of shoes; its distance is what it had when added plus every run logged in it. */
@Entity
@Table(name = "shoe")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY, length = 40)
@NamedQuery(
        name = "Shoe.inUseWithDistanceRun",
        query =
                "select s, (select sum(r.distance.kilometres) from RunLog r where r.patientId = :patient and r.shoeId = s.id)"
                        + " from Shoe s where s.patientId = :patient and s.retired = false order by s.id")
public class Shoe {

    public static final int NAME_LENGTH = 80;

    @Id
    @SequenceGenerator(name = "shoe_seq", sequenceName = "shoe_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shoe_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private long patientId;

    @Column(name = "name", nullable = false, length = NAME_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "shoe_type", nullable = false, length = 10)
    private ShoeType type;

    @Embedded
    @AttributeOverride(name = "kilometres", column = @Column(name = "starting_km", precision = 9, scale = 3))
    private Distance startingDistance;

    @Column(name = "retired", nullable = false)
    private boolean retired;

    @Version
    @Column(name = "version")
    private long version;

    protected Shoe() {}

    public Shoe(long patientId, String name, ShoeType type, Distance startingDistance) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Name the pair, e.g. by its model");
        }
        this.patientId = patientId;
        this.name = name.strip();
        this.type = Objects.requireNonNull(type, "type");
        this.startingDistance = Objects.requireNonNull(startingDistance, "startingDistance");
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public ShoeType type() {
        return type;
    }

    public Distance startingDistance() {
        return startingDistance;
    }
}
