package org.clinicportal.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A rule that fired: its kind and the facts behind it as values in one fixed written form — plain decimals, ISO days,
 * names — never as words or in one language's number format. {@link #values} gives them back typed, in the order of
 * the placeholders of the words a page puts around them.
 */
public record Alarm(AlertKind kind, String detail) {

    private static final String SEPARATOR = " ";
    private static final String STILL_SORE = "still";

    public Alarm {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }

    /** Running this far over the allowed increase, in per cent. */
    static Alarm ramp(BigDecimal percentOver) {
        return new Alarm(AlertKind.RAMP, percentOver.toPlainString());
    }

    /** Sore for this many hours after the run of that day; at least that many when still sore. */
    static Alarm soreness(LocalDate runDay, long hours, boolean stillSore) {
        return new Alarm(AlertKind.SORENESS, runDay + SEPARATOR + hours + (stillSore ? SEPARATOR + STILL_SORE : ""));
    }

    /** Pain scores, oldest first. */
    static Alarm pain(List<Integer> scores) {
        return new Alarm(AlertKind.PAIN, scores.stream().map(String::valueOf).collect(Collectors.joining(SEPARATOR)));
    }

    static Alarm adherence(int percent) {
        return new Alarm(AlertKind.ADHERENCE, String.valueOf(percent));
    }

    /** The worn-out shoes' names. */
    static Alarm shoes(String names) {
        return new Alarm(AlertKind.SHOES, names);
    }

    /**
     * The values of an alert's detail: RAMP the per cent over (a decimal); SORENESS the run's day, the hours and 1
     * when still sore, else 0; PAIN the scores, joined by arrows; ADHERENCE the per cent; SHOES the names.
     */
    public static List<Object> values(AlertKind kind, String detail) {
        String[] parts = detail.split(SEPARATOR);
        return switch (kind) {
            case RAMP -> List.of(new BigDecimal(detail));
            case SORENESS ->
                List.of(
                        LocalDate.parse(parts[0]),
                        Long.valueOf(parts[1]),
                        parts.length > 2 && STILL_SORE.equals(parts[2]) ? 1 : 0);
            case PAIN -> List.of(String.join(" → ", Arrays.asList(parts)));
            case ADHERENCE -> List.of(Integer.valueOf(detail));
            case SHOES -> List.of(detail);
            case RED_FLAG -> throw new IllegalArgumentException("A red flag's detail is its codes");
        };
    }
}
