package org.clinicportal.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Function;

/** A response writer that knows which element an attribute is written on, for renderers that mend a component's markup. */
abstract class ElementAwareWriter extends ResponseWriterWrapper {

    private final Deque<String> open = new ArrayDeque<>();

    ElementAwareWriter(ResponseWriter wrapped) {
        super(wrapped);
    }

    /** Renders through a mending writer, and gives the page its own writer back, whatever happens. */
    static void encodeThrough(
            FacesContext context, Function<ResponseWriter, ElementAwareWriter> mending, Encoding encoding)
            throws IOException {
        ResponseWriter original = context.getResponseWriter();
        context.setResponseWriter(mending.apply(original));
        try {
            encoding.encode();
        } finally {
            context.setResponseWriter(original);
        }
    }

    /** A renderer's own encoding, run through the mending writer. */
    @FunctionalInterface
    interface Encoding {
        void encode() throws IOException;
    }

    /** The element whose start tag is being written. */
    String element() {
        return open.peek();
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
}
