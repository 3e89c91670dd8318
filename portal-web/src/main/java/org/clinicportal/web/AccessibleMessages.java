package org.clinicportal.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
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
        ResponseWriter original = context.getResponseWriter();
        context.setResponseWriter(new RolesOnTheBoxes(original));
        try {
            super.encodeEnd(context, component);
        } finally {
            context.setResponseWriter(original);
        }
    }

    private static final class RolesOnTheBoxes extends ResponseWriterWrapper {

        private static final Pattern SEVERITY_BOX = Pattern.compile("ui-messages-(info|warn|error|fatal)(\\s.*)?");

        private final Deque<String> open = new ArrayDeque<>();

        RolesOnTheBoxes(ResponseWriter wrapped) {
            super(wrapped);
        }

        @Override
        public void startElement(String name, UIComponent component) throws IOException {
            open.push(name);
            super.startElement(name, component);
        }

        @Override
        public void endElement(String name) throws IOException {
            open.poll();
            super.endElement(name);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            if ("role".equals(name) && "li".equals(open.peek())) {
                return;
            }
            super.writeAttribute(name, value, property);
            if ("class".equals(name) && "div".equals(open.peek()) && value != null) {
                var box = SEVERITY_BOX.matcher(value.toString());
                if (box.matches()) {
                    boolean urgent = "error".equals(box.group(1)) || "fatal".equals(box.group(1));
                    super.writeAttribute("role", urgent ? "alert" : "status", null);
                }
            }
        }
    }
}
