package org.clinicportal.browser;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSF form as a browser would submit it: every field of the form with the value the page shows (hidden
 * fields, text, checked boxes, the selected option of each list, text areas), the view state and the page's
 * CSP nonce. Tests change some fields and post it with one of its buttons.
 */
final class JsfForm {

    /** Where a page names its CSP nonce, which every postback must carry. */
    static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>");
    private static final Pattern SELECT = Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern SELECTED =
            Pattern.compile("<option[^>]*value=\"([^\"]*)\"[^>]*selected", Pattern.DOTALL);
    private static final Pattern TEXTAREA = Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL);

    private final String action;
    private final Map<String, String> fields = new LinkedHashMap<>();

    private JsfForm(String action) {
        this.action = action;
    }

    /** The form with the given id on the page; fails when the page has none. */
    static JsfForm of(String page, String formId) {
        Matcher start = Pattern.compile("<form\\b[^>]*id=\"" + Pattern.quote(formId) + "\"[^>]*>")
                .matcher(page);
        if (!start.find()) {
            throw new IllegalStateException("no form " + formId + " on the page");
        }
        int end = page.indexOf("</form>", start.end());
        String html = page.substring(start.end(), end);
        JsfForm form = new JsfForm(attribute(start.group(), "action").replace("&amp;", "&"));
        Matcher input = INPUT.matcher(html);
        while (input.find()) {
            String attributes = input.group(1);
            String name = attribute(attributes, "name");
            String type = attribute(attributes, "type");
            boolean box = type.equals("checkbox") || type.equals("radio");
            if (!name.isEmpty()
                    && !type.equals("submit")
                    && !type.equals("button")
                    && (!box || attributes.contains("checked"))) {
                String value = unescape(attribute(attributes, "value"));
                // A browser sends "on" for a ticked box that names no value.
                form.fields.put(name, box && !attributes.contains("value=") ? "on" : value);
            }
        }
        Matcher select = SELECT.matcher(html);
        while (select.find()) {
            Matcher selected = SELECTED.matcher(select.group(2));
            form.fields.put(attribute(select.group(1), "name"), selected.find() ? unescape(selected.group(1)) : "");
        }
        Matcher textarea = TEXTAREA.matcher(html);
        while (textarea.find()) {
            form.fields.put(attribute(textarea.group(1), "name"), unescape(textarea.group(2)));
        }
        Matcher nonce = NONCE.matcher(page);
        if (nonce.find()) {
            form.fields.put("primefaces.nonce", nonce.group(1));
        }
        return form;
    }

    JsfForm set(String name, String value) {
        fields.put(name, value);
        return this;
    }

    String get(String name) {
        return fields.get(name);
    }

    String action() {
        return action;
    }

    /** The fields a click on the button sends, as a full (non-ajax) postback. */
    Map<String, String> clicking(String buttonName) {
        Map<String, String> posted = new LinkedHashMap<>(fields);
        posted.put(buttonName, buttonName);
        return posted;
    }

    /** The fields a click on an ajax button sends: PrimeFaces' partial request, processing and updating the form. */
    Map<String, String> clickingAjax(String buttonName, String formId) {
        Map<String, String> posted = clicking(buttonName);
        posted.put("jakarta.faces.partial.ajax", "true");
        posted.put("jakarta.faces.source", buttonName);
        posted.put("jakarta.faces.partial.execute", formId);
        posted.put("jakarta.faces.partial.render", formId);
        return posted;
    }

    private static String attribute(String attributes, String name) {
        Matcher value = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
        return value.find() ? value.group(1) : "";
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
