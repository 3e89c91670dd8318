package org.clinicportal.intake;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every property of an intake form, found by walking its sections, so that a field added to a section is covered
 * without anyone remembering to: {@link #fill} gives each a valid value that no other property of its type holds,
 * {@link #read} reads them all back, by path ("objective.flexion.left").
 */
final class IntakeFormValues {

    private static final Validator VALIDATOR =
            Validation.buildDefaultValidatorFactory().getValidator();

    private final Map<String, Object> earlier;
    private final int pass;
    private final Map<String, Object> filled = new TreeMap<>();
    private final Set<Object> used = new HashSet<>();
    private final Map<Class<?>, Integer> enumsUsed = new LinkedHashMap<>();
    private int booleans;

    /**
     * @param earlier values a field must not repeat at the same path (another visit's), so that mixing up the two
     *     visits shows
     * @param pass 0 to 2: the booleans, three-valued (unanswered, yes, no), spell their own index in base 3 over three
     *     passes, so that any two of them differ in at least one pass
     */
    private IntakeFormValues(Map<String, Object> earlier, int pass) {
        this.earlier = earlier;
        this.pass = pass;
    }

    /** Fills every property of the form; returns the values by path. Distances are in the form's own unit. */
    static Map<String, Object> fill(IntakeForm form, Map<String, Object> earlier, int pass) {
        IntakeFormValues values = new IntakeFormValues(earlier, pass);
        values.fillBean("", form);
        RedFlag[] flags = RedFlag.values();
        for (int i = 0; i < flags.length; i++) {
            boolean yes = (i + pass) % 2 == 0;
            form.getRedFlags().put(flags[i].name(), yes);
            values.filled.put("redFlags." + flags[i].name(), yes);
        }
        return values.filled;
    }

    /** Every property of the form by path, in the shape {@link #fill} returns. */
    static Map<String, Object> read(IntakeForm form) {
        Map<String, Object> read = new TreeMap<>();
        readBean("", form, read);
        form.getRedFlags().forEach((flag, answer) -> read.put("redFlags." + flag, answer));
        return read;
    }

    private void fillBean(String prefix, Object bean) {
        for (PropertyDescriptor property : properties(bean)) {
            String path = prefix + property.getName();
            Object value = get(bean, property);
            if (isSection(property.getPropertyType())) {
                fillBean(path + ".", value);
            } else if (property.getWriteMethod() != null && !path.equals("distanceUnit")) {
                Object chosen = choose(bean.getClass(), property, path);
                set(bean, property, chosen);
                filled.put(path, comparable(chosen));
            }
        }
    }

    private static void readBean(String prefix, Object bean, Map<String, Object> read) {
        for (PropertyDescriptor property : properties(bean)) {
            String path = prefix + property.getName();
            Object value = get(bean, property);
            if (isSection(property.getPropertyType())) {
                readBean(path + ".", value, read);
            } else if (property.getWriteMethod() != null && !path.equals("distanceUnit")) {
                read.put(path, comparable(value));
            }
        }
    }

    private Object choose(Class<?> beanType, PropertyDescriptor property, String path) {
        Class<?> type = property.getPropertyType();
        if (type == Boolean.class) {
            int digit = (booleans++ + 1) / (int) Math.pow(3, pass) % 3;
            return digit == 0 ? null : digit == 1;
        }
        if (type.isEnum()) {
            return nextOf(type);
        }
        if (type.isArray() && type.getComponentType().isEnum()) {
            Object values = Array.newInstance(type.getComponentType(), 2);
            Array.set(values, 0, nextOf(type.getComponentType()));
            Array.set(values, 1, nextOf(type.getComponentType()));
            return values;
        }
        if (type == String.class) {
            return "Said for " + path + " in pass " + pass;
        }
        for (int i = 0; i < 1000; i++) {
            Object candidate = candidate(type, i);
            if (!used.contains(candidate)
                    && !comparable(candidate).equals(earlier.get(path))
                    && VALIDATOR
                            .validateValue(beanType, property.getName(), candidate)
                            .isEmpty()) {
                used.add(candidate);
                return candidate;
            }
        }
        throw new IllegalStateException("No valid value of " + type + " for " + path);
    }

    private static Object candidate(Class<?> type, int i) {
        if (type == Integer.class) {
            return i - 30;
        }
        if (type == BigDecimal.class) {
            return new BigDecimal(i + ".5");
        }
        if (type == LocalDate.class) {
            return LocalDate.now().minusDays(i);
        }
        throw new IllegalStateException("A form property of a type the round trip does not know: " + type);
    }

    private Object nextOf(Class<?> enumType) {
        Object[] constants = enumType.getEnumConstants();
        int next = enumsUsed.merge(enumType, 1, Integer::sum) - 1 + pass;
        return constants[next % constants.length];
    }

    /** Values as they compare: decimals by value, enum arrays as sets. */
    private static Object comparable(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        if (value != null && value.getClass().isArray()) {
            return Set.copyOf(Arrays.asList((Object[]) value));
        }
        return value;
    }

    private static boolean isSection(Class<?> type) {
        return type.getPackage() == IntakeForm.class.getPackage()
                && (type.getSimpleName().endsWith("Form")
                        || type.getSimpleName().endsWith("Pair"));
    }

    private static PropertyDescriptor[] properties(Object bean) {
        try {
            return Arrays.stream(Introspector.getBeanInfo(bean.getClass(), Object.class)
                            .getPropertyDescriptors())
                    .filter(property -> property.getReadMethod() != null)
                    .toArray(PropertyDescriptor[]::new);
        } catch (IntrospectionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object get(Object bean, PropertyDescriptor property) {
        try {
            return property.getReadMethod().invoke(bean);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(Object bean, PropertyDescriptor property, Object value) {
        try {
            property.getWriteMethod().invoke(bean, value);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }
}
