package org.clinicportal.input;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The corpus of input a browser can send that must be refused: for every field of a form, found by
 * reflection so that a field added later is covered too, the values that once slipped through. Text:
 * a NUL and one character over the field's length. Dates: year 1 and year 9999. Numbers: one below
 * the least and one above the most, and one decimal more than the field keeps.
 *
 * @param path  the field inside the form, e.g. {@code items[0].dosage.sets}: what a refusal must name
 * @param value the bad value
 */
public record BadInput(String path, Object value) {

    /** Every bad value for every field of the form, and of the forms it holds under {@code @Valid}. */
    public static List<BadInput> corpus(Object form) {
        List<BadInput> corpus = new ArrayList<>();
        collect(form, "", corpus);
        return corpus;
    }

    /** Puts the bad value into the form. */
    public void applyTo(Object form) {
        String[] steps = path.split("\\.");
        Object target = form;
        for (int i = 0; i < steps.length - 1; i++) {
            target = step(target, steps[i]);
        }
        write(target, steps[steps.length - 1], value);
    }

    @Override
    public String toString() {
        String shown = String.valueOf(value);
        return path + " = "
                + (shown.length() > 20
                        ? shown.substring(0, 20) + "… (" + shown.length() + " characters)"
                        : shown.replace("\u0000", "\\u0000"));
    }

    private static void collect(Object form, String prefix, List<BadInput> corpus) {
        for (Field field : fields(form.getClass())) {
            String path = prefix + field.getName();
            Class<?> type = field.getType();
            if (type == String.class) {
                corpus.add(new BadInput(path, "Ri\u0000vera"));
                Size size = field.getAnnotation(Size.class);
                if (size != null && size.max() < Integer.MAX_VALUE) {
                    corpus.add(new BadInput(path, "x".repeat(size.max() + 1)));
                }
            } else if (type == LocalDate.class) {
                corpus.add(new BadInput(path, LocalDate.of(1, 1, 1)));
                corpus.add(new BadInput(path, LocalDate.of(9999, 12, 31)));
            } else if (type == Integer.class) {
                Min min = field.getAnnotation(Min.class);
                Max max = field.getAnnotation(Max.class);
                if (min != null) {
                    corpus.add(new BadInput(path, Math.toIntExact(min.value() - 1)));
                }
                if (max != null) {
                    corpus.add(new BadInput(path, Math.toIntExact(max.value() + 1)));
                }
            } else if (type == BigDecimal.class) {
                DecimalMin min = field.getAnnotation(DecimalMin.class);
                DecimalMax max = field.getAnnotation(DecimalMax.class);
                Digits digits = field.getAnnotation(Digits.class);
                corpus.add(
                        new BadInput(path, new BigDecimal(min == null ? "-1" : min.value()).subtract(BigDecimal.ONE)));
                if (max != null) {
                    corpus.add(new BadInput(path, new BigDecimal(max.value()).add(BigDecimal.ONE)));
                }
                corpus.add(new BadInput(
                        path, new BigDecimal("1." + "1".repeat(digits == null ? 3 : digits.fraction() + 1))));
            } else if (field.isAnnotationPresent(Valid.class)) {
                Object nested = read(form, field);
                if (nested instanceof List<?> list && !list.isEmpty()) {
                    collect(list.get(0), path + "[0].", corpus);
                } else if (nested != null && !(nested instanceof List<?>)) {
                    collect(nested, path + ".", corpus);
                }
            }
        }
    }

    private static List<Field> fields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    private static Object step(Object target, String step) {
        int bracket = step.indexOf('[');
        if (bracket < 0) {
            return read(target, field(target.getClass(), step));
        }
        List<?> list = (List<?>) read(target, field(target.getClass(), step.substring(0, bracket)));
        return list.get(Integer.parseInt(step.substring(bracket + 1, step.length() - 1)));
    }

    private static Field field(Class<?> type, String name) {
        return fields(type).stream()
                .filter(f -> f.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(type + " has no field " + name));
    }

    private static Object read(Object target, Field field) {
        try {
            field.setAccessible(true);
            return field.get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(Object target, String name, Object value) {
        try {
            Field field = field(target.getClass(), name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
