package org.clinicportal.program;

import java.util.Arrays;
import java.util.List;

/**
 * What an exercise says in one language: its name, what it works on, how to do it and what to watch for. A shared
 * exercise carries it in English and has it in the portal's other languages beside it ({@link ExerciseWording}).
 *
 * @param instructions the steps, one per line
 * @param cautions     empty text when there are none
 */
public record ExerciseText(String name, String target, String instructions, String cautions) {

    public ExerciseText {
        cautions = cautions == null ? "" : cautions;
    }

    /** The instructions as numbered steps. */
    public List<String> steps() {
        return Arrays.stream(instructions.split("\\R"))
                .map(String::strip)
                .filter(step -> !step.isEmpty())
                .toList();
    }
}
