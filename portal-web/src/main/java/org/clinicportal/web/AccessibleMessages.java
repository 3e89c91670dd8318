package org.clinicportal.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.regex.Pattern;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages with a list a screen reader can read: PrimeFaces 15 puts {@code role="alert"} on each
 * {@code <li>}, which stops it being a list item (PrimeFaces issue 14864, fixed after 15.0.13). The role moves to
 * the box of each severity instead: alert for errors, status for the rest, so each is still announced.
 */
public class AccessibleMessages extends MessagesRenderer {

    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
        ElementAwareWriter.encodeThrough(context, RolesOnTheBoxes::new, () -> super.encodeEnd(context, component));
    }

    private static final class RolesOnTheBoxes extends ElementAwareWriter {

        private static final Pattern SEVERITY_BOX = Pattern.compile("ui-messages-(info|warn|error|fatal)(\\s.*)?");

        RolesOnTheBoxes(ResponseWriter wrapped) {
            super(wrapped);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            if ("role".equals(name) && "li".equals(element())) {
                return;
            }
            super.writeAttribute(name, value, property);
            if ("class".equals(name) && "div".equals(element()) && value != null) {
                var box = SEVERITY_BOX.matcher(value.toString());
                if (box.matches()) {
                    boolean urgent = "error".equals(box.group(1)) || "fatal".equals(box.group(1));
                    super.writeAttribute("role", urgent ? "alert" : "status", null);
                }
            }
        }
    }
}
