package org.clinicportal.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import java.util.Optional;
import org.omnifaces.util.Faces;

/**
 * Every decimal a person enters, read as the page's language writes one: 3.5 in English, 3,5 in German. Without
 * grouping, so that a German 3.5 is refused rather than read as 35, and whole: text left over is refused, never
 * dropped. The value is kept exactly as typed, with no rounding.
 */
@FacesConverter(forClass = BigDecimal.class)
public class DecimalInput implements Converter<BigDecimal> {

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return read(value, context.getViewRoot().getLocale()).orElseThrow(() -> {
            String text = Faces.getBundleString("jakarta.faces.converter.BigDecimalConverter.DECIMAL");
            return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        });
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return value == null ? "" : format(context.getViewRoot().getLocale()).format(value);
    }

    /** The number the text writes in this locale, when all of it is one. */
    static Optional<BigDecimal> read(String text, Locale locale) {
        String trimmed = text.strip();
        ParsePosition position = new ParsePosition(0);
        Number number = format(locale).parse(trimmed, position);
        return number == null || position.getIndex() != trimmed.length()
                ? Optional.empty()
                : Optional.of((BigDecimal) number);
    }

    private static DecimalFormat format(Locale locale) {
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(false);
        format.setParseBigDecimal(true);
        format.setMaximumFractionDigits(Integer.MAX_VALUE);
        return format;
    }
}
