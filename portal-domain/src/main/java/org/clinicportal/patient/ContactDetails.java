package org.clinicportal.patient;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.Optional;

/** How the clinic reaches a patient; both parts are optional. */
@Embeddable
public class ContactDetails {

    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "phone", length = 40)
    private String phone;

    protected ContactDetails() {}

    public ContactDetails(String email, String phone) {
        this.email = blankToNull(email);
        this.phone = blankToNull(phone);
    }

    public static ContactDetails none() {
        return new ContactDetails(null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    public Optional<String> phone() {
        return Optional.ofNullable(phone);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ContactDetails that
                && Objects.equals(email, that.email)
                && Objects.equals(phone, that.phone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(email, phone);
    }
}
