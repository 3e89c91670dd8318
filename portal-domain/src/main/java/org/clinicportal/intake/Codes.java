package org.clinicportal.intake;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sets and ordered lists of coded answers in one column, as {@code LATERAL_HIP,GROIN}: the
 * answers are read together, never queried one by one, so they need no table of their own.
 */
final class Codes {

    private Codes() {}

    static <E extends Enum<E>> String join(Collection<E> values) {
        return values == null || values.isEmpty()
                ? null
                : values.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> Set<E> set(Class<E> type, String column) {
        EnumSet<E> values = EnumSet.noneOf(type);
        values.addAll(list(type, column));
        return values;
    }

    /** In stored order, without repeats. */
    static <E extends Enum<E>> List<E> list(Class<E> type, String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        LinkedHashSet<E> values = new LinkedHashSet<>();
        for (String code : column.split(",")) {
            values.add(Enum.valueOf(type, code.strip()));
        }
        return List.copyOf(values);
    }
}
