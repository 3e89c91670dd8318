package org.clinicportal.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The questionnaires' shape for the pages: the LEFS items and their answers, 0 (extreme difficulty or unable) to 4
 * (no difficulty); the HOOS-12 items by scale, each with the words of its answers, 0 (none, never) to 4 (extreme).
 */
@Named
@ApplicationScoped
public class QuestionnaireScale {

    /** How a HOOS-12 item's five answers are worded: the bundle's {@code measure.hoos.answer.<words><0–4>}. */
    public enum AnswerWords {
        OFTEN,
        SEVERITY,
        AWARE,
        MODIFIED,
        CONFIDENCE
    }

    /** A HOOS-12 item: its position among the 12 answers and the words of its answers. */
    public record HoosItem(int index, AnswerWords words) {}

    /** The items of one HOOS-12 scale, in questionnaire order. */
    public record HoosPart(Hoos12.Scale scale, List<HoosItem> items) {}

    private static final List<AnswerWords> HOOS_WORDS = List.of(
            AnswerWords.OFTEN,
            AnswerWords.SEVERITY,
            AnswerWords.SEVERITY,
            AnswerWords.SEVERITY,
            AnswerWords.SEVERITY,
            AnswerWords.SEVERITY,
            AnswerWords.SEVERITY,
            AnswerWords.SEVERITY,
            AnswerWords.AWARE,
            AnswerWords.MODIFIED,
            AnswerWords.CONFIDENCE,
            AnswerWords.SEVERITY);

    private final List<Integer> answers =
            IntStream.rangeClosed(0, Lefs.MAX_ITEM).boxed().toList();
    private final List<Integer> items = IntStream.range(0, Lefs.ITEMS).boxed().toList();
    private final List<HoosPart> hoosParts = Arrays.stream(Hoos12.Scale.values())
            .map(scale -> new HoosPart(
                    scale,
                    IntStream.range(0, Hoos12.ITEMS_PER_SCALE)
                            .map(item -> scale.ordinal() * Hoos12.ITEMS_PER_SCALE + item)
                            .mapToObj(index -> new HoosItem(index, HOOS_WORDS.get(index)))
                            .toList()))
            .toList();

    public List<Integer> getAnswers() {
        return answers;
    }

    public List<Integer> getItems() {
        return items;
    }

    public List<HoosPart> getHoosParts() {
        return hoosParts;
    }
}
