package org.clinicportal.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.IntStream;

/** The answers of a LEFS item, 0 (extreme difficulty or unable) to 4 (no difficulty), and the items' positions. */
@Named
@ApplicationScoped
public class QuestionnaireScale {

    private final List<Integer> answers =
            IntStream.rangeClosed(0, Lefs.MAX_ITEM).boxed().toList();
    private final List<Integer> items = IntStream.range(0, Lefs.ITEMS).boxed().toList();

    public List<Integer> getAnswers() {
        return answers;
    }

    public List<Integer> getItems() {
        return items;
    }
}
