package org.clinicportal.patient;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.clinicportal.input.PlainText;
import org.clinicportal.input.PlausibleDate;
import org.clinicportal.person.PersonName;

/**
 * A patient's identity and contact details as the therapist enters them. The form binds to it and
 * the service validates it again, so a crafted request cannot store what the form refuses.
 */
public class PatientDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{patient.givenName}")
    @Size(max = PersonName.MAX_LENGTH, message = "{input.tooLong}")
    @PlainText
    private String givenName;

    @NotBlank(message = "{patient.familyName}")
    @Size(max = PersonName.MAX_LENGTH, message = "{input.tooLong}")
    @PlainText
    private String familyName;

    @NotNull(message = "{patient.dateOfBirth}")
    @PlausibleBirthDate
    @PlausibleDate
    private LocalDate dateOfBirth;

    @Email(message = "{patient.email}")
    @Size(max = 254, message = "{input.tooLong}")
    @PlainText
    private String email;

    @Pattern(regexp = "[0-9+()./ -]*", message = "{patient.phone}")
    @Size(max = 40, message = "{input.tooLong}")
    @PlainText
    private String phone;

    @Size(max = 80, message = "{input.tooLong}")
    @PlainText
    private String assignedTherapist;

    public PatientDetails() {}

    static PatientDetails of(Patient patient) {
        PatientDetails details = new PatientDetails();
        details.givenName = patient.name().given();
        details.familyName = patient.name().family();
        details.dateOfBirth = patient.dateOfBirth();
        details.email = patient.contact().email().orElse(null);
        details.phone = patient.contact().phone().orElse(null);
        details.assignedTherapist = patient.assignedTherapist().orElse(null);
        return details;
    }

    PersonName name() {
        return new PersonName(givenName, familyName);
    }

    ContactDetails contact() {
        return new ContactDetails(email, phone);
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

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getAssignedTherapist() {
        return assignedTherapist;
    }

    public void setAssignedTherapist(String assignedTherapist) {
        this.assignedTherapist = assignedTherapist;
    }
}
