package org.launchledger.contribute;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.launchledger.web.InvalidInputException;
import org.launchledger.web.InvalidInputException.Violation;
import org.launchledger.web.Language;
import org.launchledger.web.Messages;

/**
 * An editor's form as drawn: each field's text, the text it had when the form was opened (sent
 * back in hidden {@code base.<field>} inputs, so a conflict can say what someone else changed), the
 * messages of broken rules, and the version the next save is based on. Words come from the
 * {@code fleet} messages.
 *
 * @param conflict the 409 message when someone saved since the form was opened; null otherwise
 * @param changes the fields someone else changed since the form was opened, on a conflict
 */
public record EditForm(List<String> fields, Map<String, String> values, Map<String, String> base,
                       FieldErrors errors, long version, String conflict, List<Changed> changes) {

    /** A field someone else changed: its label, its text when the form was opened, now, and in the rejected input. */
    public record Changed(String label, String base, String current, String yours) {
    }

    /** A form showing a record as it stands, at {@code version}. */
    static EditForm of(List<String> fields, Map<String, String> current, long version) {
        return new EditForm(fields, current, current, FieldErrors.NONE, version, null, List.of());
    }

    /** The fields' texts and their base texts as posted, line ends normalised. */
    static EditForm posted(List<String> fields, MultivaluedMap<String, String> form, long version) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> base = new LinkedHashMap<>();
        for (String field : fields) {
            values.put(field, text(form.getFirst(field)));
            base.put(field, text(form.getFirst("base." + field)));
        }
        return new EditForm(fields, values, base, FieldErrors.NONE, version, null, List.of());
    }

    /** The text of {@code field}; empty when it has none. */
    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    /** The text {@code field} had when the form was opened. */
    public String base(String field) {
        return base.getOrDefault(field, "");
    }

    /** The field's text, null when empty (an optional value left out). */
    String optional(String field) {
        return Rules.blankToNull(value(field));
    }

    /** The lines (or words) of a field that lists addresses: each http(s) address has no spaces. */
    List<String> list(String field) {
        return Arrays.stream(value(field).split("\\s+")).filter(s -> !s.isEmpty()).toList();
    }

    /** This input with the rules it broke beside their fields, in {@code language}. */
    EditForm rejected(InvalidInputException e, Language language) {
        Map<String, String> messages = new LinkedHashMap<>();
        for (Violation v : e.violations) {
            String field = v.field().replaceAll("\\[.*", "");
            String label = Messages.text(language, "fleet.field." + field);
            if (v.field().matches(".*\\[\\d+]")) {
                int line = Integer.parseInt(v.field().replaceAll(".*\\[(\\d+)]", "$1")) + 1;
                label = Messages.text(language, "fleet.field.line", label, line);
            }
            // A rule that names another field ("must not be before 'from'") names it by its label here.
            Object[] arguments = Arrays.stream(v.arguments())
                    .map(a -> fields.contains(a) ? Messages.text(language, "fleet.field." + a) : a).toArray();
            messages.putIfAbsent(field, Messages.text(language, "contribute.field", label,
                    Messages.text(language, "contribute.rule." + v.rule(), arguments)));
        }
        return new EditForm(fields, values, base, new FieldErrors(messages, List.of()), version, null, List.of());
    }

    /**
     * This input, kept, against a record someone else saved meanwhile: what they changed (the base
     * texts against {@code current}), and the current texts and version as the new base, so saving
     * again is a deliberate choice to replace them.
     */
    EditForm conflicting(Map<String, String> current, long currentVersion, String message, Language language) {
        List<Changed> changed = new ArrayList<>();
        for (String field : fields) {
            String now = current.getOrDefault(field, "");
            if (!now.equals(base(field))) {
                changed.add(new Changed(Messages.text(language, "fleet.field." + field), base(field), now, value(field)));
            }
        }
        return new EditForm(fields, values, current, FieldErrors.NONE, currentVersion, message, changed);
    }

    /** The version as posted in the hidden field; -1 when missing or not a number (then stale). */
    static long version(MultivaluedMap<String, String> form) {
        String text = form.getFirst("version");
        return text != null && text.matches("\\d{1,18}") ? Long.parseLong(text) : -1;
    }

    private static String text(String posted) {
        return posted == null ? "" : posted.replace("\r\n", "\n").strip();
    }
}
