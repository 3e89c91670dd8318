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

/**
 * Text a person typed: letters, digits, punctuation, spaces, tabs and line breaks, but no other
 * control character. PostgreSQL refuses NUL outright, and the others are never typed on purpose:
 * refused with a message rather than stripped, so nothing is stored other than what was meant.
 * {@code null} is left to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    String message() default "{input.plainText}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PlainText, CharSequence> {

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value == null || value.chars().noneMatch(Validator::isRefused);
        }

        private static boolean isRefused(int c) {
            return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
        }
    }
}
