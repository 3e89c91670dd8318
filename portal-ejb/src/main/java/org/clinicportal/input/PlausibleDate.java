package org.clinicportal.input;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * A date a clinic could mean: from 1900 to 2100. Year 1 or 9999 is a slip of the keyboard, never a
 * visit, a run or a program start; each field adds its own rule (not in the future, not before the
 * program). {@code null} is left to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = PlausibleDate.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleDate {

    LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    LocalDate LATEST = LocalDate.of(2100, 12, 31);

    String message() default "{input.plausibleDate}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PlausibleDate, LocalDate> {

        /** The rule itself, for the screens' date converter too. */
        public static boolean isPlausible(LocalDate date) {
            return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
        }

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || isPlausible(value);
        }
    }
}
