package org.clinicportal.clinic;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.clinicportal.input.PlainText;
import org.clinicportal.training.DistanceUnit;

/** A new clinic and its first clinic admin, as the platform admin fills them in. */
public class ClinicForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{clinic.slug}")
    @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,39}", message = "{clinic.slug}")
    @PlainText
    private String slug;

    @NotBlank(message = "{clinic.name}")
    @Size(max = 120, message = "{clinic.name}")
    @PlainText
    private String name;

    @NotBlank(message = "{clinic.timeZone}")
    @PlainText
    private String timeZone = "Europe/London";

    @NotNull
    private DistanceUnit distanceUnit = DistanceUnit.KILOMETRES;

    @NotBlank(message = "{staff.username}")
    @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,39}", message = "{staff.username}")
    @PlainText
    private String adminUsername;

    @NotBlank(message = "{staff.givenName}")
    @Size(max = 80, message = "{staff.givenName}")
    @PlainText
    private String adminGivenName;

    @NotBlank(message = "{staff.familyName}")
    @Size(max = 80, message = "{staff.familyName}")
    @PlainText
    private String adminFamilyName;

    @NotBlank(message = "{staff.email}")
    @Email(message = "{staff.email}")
    @Size(max = 254, message = "{staff.email}")
    @PlainText
    private String adminEmail;

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public DistanceUnit getDistanceUnit() {
        return distanceUnit;
    }

    public void setDistanceUnit(DistanceUnit distanceUnit) {
        this.distanceUnit = distanceUnit;
    }

    public String getAdminUsername() {
        return adminUsername;
    }

    public void setAdminUsername(String adminUsername) {
        this.adminUsername = adminUsername;
    }

    public String getAdminGivenName() {
        return adminGivenName;
    }

    public void setAdminGivenName(String adminGivenName) {
        this.adminGivenName = adminGivenName;
    }

    public String getAdminFamilyName() {
        return adminFamilyName;
    }

    public void setAdminFamilyName(String adminFamilyName) {
        this.adminFamilyName = adminFamilyName;
    }

    public String getAdminEmail() {
        return adminEmail;
    }

    public void setAdminEmail(String adminEmail) {
        this.adminEmail = adminEmail;
    }
}
