package org.launchledger.contribute;

import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.launchledger.web.Language;
import org.launchledger.web.InvalidInputException.Violation;
import org.launchledger.web.Messages;

/**
 * What a form's input broke, field by field, in the reader's language: shown beside each field.
 * One message per field, the most basic rule first (a field left empty is only "required").
 */
public record FieldErrors(Map<String, String> byField, List<Entry> summary) {

    /** No errors. */
    public static final FieldErrors NONE = new FieldErrors(Map.of(), List.of());

    /** One line of the summary above a form: the field's element id, its label and the message. */
    public record Entry(String id, String label, String message) {
    }

    /**
     * The rules a write broke, placed beside the form's fields: {@code place} maps a violation's
     * field ("crew[0].slug") to the form field that shows it ("crew[0].person"); {@code label}
     * names a form field in the reader's language. Every message is kept for the summary; beside a
     * field, its first.
     */
    public static FieldErrors of(List<Violation> violations, Function<String, String> place,
                                 Function<String, String> label, Language language) {
        Map<String, String> messages = new LinkedHashMap<>();
        List<Entry> summary = new ArrayList<>();
        for (Violation violation : violations) {
            String field = place.apply(violation.field());
            String message = Messages.text(language, "contribute.rule." + violation.rule(), violation.arguments());
            messages.merge(field, message, (a, b) -> a.equals(b) ? a : a + "; " + b);
            summary.add(new Entry(id(field), label.apply(field), message));
        }
        return new FieldErrors(messages, List.copyOf(summary));
    }

    /** The element id of a form field: {@code crew[2].role} → {@code crew-2-role}. */
    public static String id(String field) {
        return field.replaceAll("[\\[\\].]+", "-").replaceAll("-$", "");
    }

    /**
     * The violations Hibernate Validator found, each constraint's message being a message key that
     * takes the field's label ({@code <labels><field>}) as {0} and the constraint's {@code min} and
     * {@code max} as {1} and {2}.
     */
    public static <T> FieldErrors of(Set<ConstraintViolation<T>> violations, String labels, Language language) {
        Map<String, String> messages = new LinkedHashMap<>();
        violations.stream()
                .sorted(Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString())
                        .thenComparing(v -> !v.getMessage().equals("accounts.rule.required")))
                .forEach(v -> {
                    String field = v.getPropertyPath().toString();
                    Map<String, Object> limits = v.getConstraintDescriptor().getAttributes();
                    messages.putIfAbsent(field, Messages.text(language, v.getMessage(),
                            Messages.text(language, labels + field), limits.get("min"), limits.get("max")));
                });
        return new FieldErrors(messages, List.of());
    }

    /** One field's error, from a rule that needs the database (a name already taken). */
    public static FieldErrors one(String field, String message) {
        return new FieldErrors(Map.of(field, message), List.of());
    }

    /** These errors and {@code message} beside {@code field}, which had none. */
    public FieldErrors with(String field, String message) {
        Map<String, String> messages = new LinkedHashMap<>(byField);
        messages.put(field, message);
        return new FieldErrors(messages, summary);
    }

    /** Whether nothing is wrong. */
    public boolean isEmpty() {
        return byField.isEmpty();
    }

    /** The message beside {@code field}; null when it is fine. */
    public String get(String field) {
        return byField.get(field);
    }

    /** Whether {@code field} has an error (for {@code aria-invalid}). */
    public boolean has(String field) {
        return byField.containsKey(field);
    }
}
