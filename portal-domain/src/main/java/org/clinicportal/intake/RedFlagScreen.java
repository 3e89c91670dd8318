package org.clinicportal.intake;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The answers to the red-flag screen. Each of the eleven questions is answered yes or no, and
 * nothing is assumed: an unanswered question is neither, and keeps the screen incomplete.
 * Immutable; answering returns a new screen.
 */
public final class RedFlagScreen {

    private static final RedFlagScreen UNANSWERED = new RedFlagScreen(new EnumMap<>(RedFlag.class));

    private final Map<RedFlag, Boolean> answers;

    private RedFlagScreen(Map<RedFlag, Boolean> answers) {
        this.answers = Collections.unmodifiableMap(answers);
    }

    public static RedFlagScreen unanswered() {
        return UNANSWERED;
    }

    /** The screen with one more answer; answering again replaces the earlier answer. */
    public RedFlagScreen answer(RedFlag flag, boolean present) {
        EnumMap<RedFlag, Boolean> next = copy();
        next.put(Objects.requireNonNull(flag, "flag"), present);
        return new RedFlagScreen(next);
    }

    /** The screen with a question's answer taken back. */
    public RedFlagScreen clear(RedFlag flag) {
        EnumMap<RedFlag, Boolean> next = copy();
        next.remove(flag);
        return new RedFlagScreen(next);
    }

    public Optional<Boolean> answerTo(RedFlag flag) {
        return Optional.ofNullable(answers.get(flag));
    }

    public boolean isComplete() {
        return answers.size() == RedFlag.values().length;
    }

    public Set<RedFlag> unansweredFlags() {
        EnumSet<RedFlag> open = EnumSet.allOf(RedFlag.class);
        open.removeAll(answers.keySet());
        return open;
    }

    /** The flags answered yes. */
    public Set<RedFlag> present() {
        return answers.entrySet().stream()
                .filter(Map.Entry::getValue)
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(RedFlag.class)));
    }

    /** Any yes means the runner must see a physician before a home program is assigned. */
    public boolean requiresReferral() {
        return answers.containsValue(Boolean.TRUE);
    }

    /** Compact form for storage: {@code CANNOT_BEAR_WEIGHT=Y,NIGHT_PAIN=N}, in the flags' order. */
    public String encode() {
        return answers.entrySet().stream()
                .map(e -> e.getKey().name() + "=" + (e.getValue() ? "Y" : "N"))
                .collect(Collectors.joining(","));
    }

    public static RedFlagScreen decode(String encoded) {
        EnumMap<RedFlag, Boolean> answers = new EnumMap<>(RedFlag.class);
        if (encoded != null && !encoded.isBlank()) {
            for (String pair : encoded.split(",")) {
                String[] parts = pair.split("=", 2);
                if (parts.length != 2 || !(parts[1].equals("Y") || parts[1].equals("N"))) {
                    throw new IllegalArgumentException("Not a red-flag answer: " + pair);
                }
                answers.put(RedFlag.valueOf(parts[0]), parts[1].equals("Y"));
            }
        }
        return new RedFlagScreen(answers);
    }

    private EnumMap<RedFlag, Boolean> copy() {
        return answers.isEmpty() ? new EnumMap<>(RedFlag.class) : new EnumMap<>(answers);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RedFlagScreen that && answers.equals(that.answers);
    }

    @Override
    public int hashCode() {
        return answers.hashCode();
    }

    @Override
    public String toString() {
        return encode();
    }
}
