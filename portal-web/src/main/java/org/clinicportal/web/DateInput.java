package org.clinicportal.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import org.clinicportal.input.PlausibleDate;
import org.omnifaces.util.Faces;

/**
 * Every date a person enters, read one way: {@code 2026-03-14}, as a browser's date field sends it; every date the
 * pages show, in the reader's language.
 * Strict, so 30 February is refused rather than moved to the 28th, and outside 1900 to 2100 refused
 * as no date a clinic could mean; the field keeps what was typed beside the message.
 */
@FacesConverter(forClass = LocalDate.class)
public class DateInput implements Converter<LocalDate> {

    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date = read(value).orElseThrow(() -> refused("input.date"));
        if (!PlausibleDate.Validator.isPlausible(date)) {
            throw refused("input.plausibleDate");
        }
        return date;
    }

    /** The date the text names, when it names one that calendars have. */
    static Optional<LocalDate> read(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip(), ISO));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** An input keeps the ISO form a date field takes; an output shows the day in the reader's language. */
    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        if (component instanceof EditableValueHolder) {
            return value == null ? "" : ISO.format(value);
        }
        return shown(value, context.getViewRoot().getLocale());
    }

    /** A day as the reader's language writes it, e.g. Nov 8, 2026 or 08.11.2026: the one rule for every page, chart and handout. */
    public static String shown(LocalDate day, Locale locale) {
        return day == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(day);
    }

    private static ConverterException refused(String key) {
        String text = Faces.getBundleString(key);
        return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
}
