package org.clinicportal.message;

import jakarta.ejb.ApplicationException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.clinicportal.language.Wording;

/**
 * A service declined what it was asked, for a reason the user can act on. It carries a key of the refusals bundle
 * (beside this class) and the values the text needs, so the page says it in the reader's language;
 * {@link #getMessage()} is the key and values, for logs. Rolls the transaction back: nothing of a refused call is
 * stored.
 */
@ApplicationException(rollback = true)
public abstract class Refusal extends Exception {

    private static final long serialVersionUID = 1L;

    private static final String BUNDLE = "org.clinicportal.message.refusals";

    private final String key;
    private final Serializable[] arguments;

    protected Refusal(String key, Serializable... arguments) {
        this(null, key, arguments);
    }

    protected Refusal(Throwable cause, String key, Serializable... arguments) {
        super(key + Arrays.toString(arguments), cause);
        this.key = key;
        this.arguments = arguments.clone();
    }

    /** The bundle key of the text that says why. */
    public String key() {
        return key;
    }

    /** The values the text shows, in the order of its placeholders. */
    public List<Serializable> arguments() {
        return List.of(arguments);
    }

    /** The text that says why, in the reader's language; English, the base bundle, for any other. */
    public String text(Locale reader) {
        return Wording.format(BUNDLE, reader, key, (Object[]) arguments);
    }
}
