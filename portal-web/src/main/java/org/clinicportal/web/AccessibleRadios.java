package org.clinicportal.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import org.primefaces.component.selectoneradio.SelectOneRadioRenderer;

/**
 * PrimeFaces' radio groups without a state on their layout: PrimeFaces 15 writes {@code aria-checked} on each
 * option's layout box, which has no role that may carry it (axe: aria-allowed-attr, critical). The radio inputs
 * themselves tell a screen reader which option is chosen, so the stray attribute is left out.
 */
public class AccessibleRadios extends SelectOneRadioRenderer {

    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
        ElementAwareWriter.encodeThrough(context, WithoutStateOnLayout::new, () -> super.encodeEnd(context, component));
    }

    private static final class WithoutStateOnLayout extends ElementAwareWriter {

        WithoutStateOnLayout(ResponseWriter wrapped) {
            super(wrapped);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            if (!("aria-checked".equals(name) && "div".equals(element()))) {
                super.writeAttribute(name, value, property);
            }
        }
    }
}
