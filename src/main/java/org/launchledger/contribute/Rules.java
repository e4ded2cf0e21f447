package org.launchledger.contribute;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import org.launchledger.web.InvalidInputException;
import org.launchledger.web.InvalidInputException.Violation;

/**
 * What the Bean Validation constraints of a written record say, as violations named the way the
 * client wrote the field ({@code crew[0].slug}); the one translation every kind of write shares.
 */
final class Rules {

    private Rules() {
    }

    /** Every constraint {@code write} breaks, sorted by field; the rule is the constraint's message key. */
    static <T> List<Violation> of(Validator validator, T write) {
        return validator.validate(write).stream()
                .sorted(Comparator.comparing(Rules::field))
                .map(Rules::violation)
                .toList();
    }

    /**
     * The same violations with {@code prefix} before each field: the rules of a record written
     * inside another ({@code crew[2].newPerson.name}).
     */
    static List<Violation> prefixed(String prefix, InvalidInputException e) {
        return e.violations.stream().map(v -> new Violation(prefix + v.field(), v.rule(), v.arguments())).toList();
    }

    private static Violation violation(ConstraintViolation<?> v) {
        Object max = v.getConstraintDescriptor().getAttributes().get("max");
        return max == null ? new Violation(field(v), v.getMessageTemplate())
                : new Violation(field(v), v.getMessageTemplate(), max);
    }

    /** The property path as a client wrote it: "sources[1]", "crew[0].slug". */
    private static String field(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT || node.getName() == null) {
                continue;
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
        }
        return field.toString();
    }
}
