package org.clinicportal.staff;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.clinicportal.input.PlainText;

/** A new staff member's account as the clinic admin fills it in. */
public class StaffForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{staff.username}")
    @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,39}", message = "{staff.username}")
    @PlainText
    private String username;

    @NotBlank(message = "{staff.givenName}")
    @Size(max = 80, message = "{staff.givenName}")
    @PlainText
    private String givenName;

    @NotBlank(message = "{staff.familyName}")
    @Size(max = 80, message = "{staff.familyName}")
    @PlainText
    private String familyName;

    @NotBlank(message = "{staff.email}")
    @Email(message = "{staff.email}")
    @Size(max = 254, message = "{staff.email}")
    @PlainText
    private String email;

    @NotNull(message = "{staff.role}")
    private StaffRole role = StaffRole.THERAPIST;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public StaffRole getRole() {
        return role;
    }

    public void setRole(StaffRole role) {
        this.role = role;
    }
}
