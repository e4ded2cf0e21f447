package org.launchledger.contribute;

import jakarta.validation.ConstraintViolation;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.launchledger.web.Language;
import org.launchledger.web.Messages;

/**
 * What a form's input broke, field by field, in the reader's language: shown beside each field.
 * One message per field, the most basic rule first (a field left empty is only "required").
 */
public record FieldErrors(Map<String, String> byField) {

    /** No errors. */
    public static final FieldErrors NONE = new FieldErrors(Map.of());

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
        return new FieldErrors(messages);
    }

    /** One field's error, from a rule that needs the database (a name already taken). */
    public static FieldErrors one(String field, String message) {
        return new FieldErrors(Map.of(field, message));
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
