package org.launchledger.contribute;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.launchledger.history.Moment;
import org.launchledger.web.InvalidInputException;
import org.launchledger.web.InvalidInputException.Violation;
import org.launchledger.web.NulCharacter;

/**
 * What the checks of every written record share (missions, people, vehicles, stand-downs): Bean
 * Validation's findings as violations named by the field a client wrote, dates read with their
 * precision, country codes.
 */
final class Rules {

    /** The launch of Zarya, the station's first module: nothing in the ledger is older. */
    static final LocalDate STATION_FIRST_MODULE = LocalDate.of(1998, 11, 20);

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private Rules() {
    }

    /**
     * Every constraint {@code write} breaks, ordered by field; each rule's argument is the
     * constraint's limit ({@code max} of a size, {@code value} of a minimum or maximum).
     *
     * @throws InvalidInputException at once when any text of {@code write} holds U+0000, with
     *         the constraints it breaks: the checks that follow these look its values up in the
     *         database, and PostgreSQL answers NUL in a query with an error of its own
     */
    static <T extends Record> List<Violation> constraints(Validator validator, T write) {
        List<Violation> violations = validator.validate(write).stream()
                .sorted(Comparator.comparing(Rules::field))
                .map(Rules::violation)
                .toList();
        List<Violation> nul = new ArrayList<>();
        nulCharacters("", write, nul);
        if (!nul.isEmpty()) {
            nul.addAll(violations);
            throw new InvalidInputException(nul.stream().sorted(Comparator.comparing(Violation::field)).toList());
        }
        return violations;
    }

    /**
     * Adds a violation for each text in {@code value} that holds U+0000, named as a client writes
     * the field: a record's components, the elements of its lists and the records within
     * ("crew[0].newPerson.name", "sources[1]").
     */
    private static void nulCharacters(String field, Object value, List<Violation> violations) {
        if (value instanceof CharSequence text) {
            if (NulCharacter.in(text)) {
                violations.add(new Violation(field, NulCharacter.RULE));
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                nulCharacters(field + "[" + i + "]", list.get(i), violations);
            }
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                String name = field.isEmpty() ? component.getName() : field + "." + component.getName();
                nulCharacters(name, component(record, component), violations);
            }
        }
    }

    private static Object component(Record record, RecordComponent component) {
        try {
            Method accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }

    /**
     * The violations of a record written inside another, with {@code prefix} before each field
     * ({@code crew[2].newPerson.name}).
     */
    static List<Violation> prefixed(String prefix, InvalidInputException e) {
        return e.violations.stream().map(v -> new Violation(prefix + v.field(), v.rule(), v.arguments())).toList();
    }

    private static Violation violation(ConstraintViolation<?> v) {
        Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
        Object limit = attributes.containsKey("max") ? attributes.get("max") : attributes.get("value");
        return limit == null ? new Violation(field(v), v.getMessageTemplate())
                : new Violation(field(v), v.getMessageTemplate(), limit);
    }

    /** The property path as a client wrote it: "sources[1]", "crew[0].slug". */
    static String field(ConstraintViolation<?> violation) {
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

    /**
     * A date or instant as written ("2003-02-01", "2020-05-30T19:22Z"), with its precision; null
     * when blank, or when it breaks a rule (added to {@code violations}): unreadable, or older than
     * the station.
     */
    static Moment moment(String field, String text, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Moment moment;
        try {
            moment = Moment.parse(text);
        } catch (IllegalArgumentException e) {
            violations.add(new Violation(field, "moment", text));
            return null;
        }
        if (moment.date().isBefore(STATION_FIRST_MODULE)) {
            violations.add(new Violation(field, "before-station", STATION_FIRST_MODULE.toString()));
        }
        return moment;
    }

    /** Adds a violation when {@code moment} is after {@code now}: the ledger records what has happened. */
    static void notInFuture(String field, Moment moment, Instant now, List<Violation> violations) {
        if (moment != null && moment.at().isAfter(now)) {
            violations.add(new Violation(field, "in-future", Moment.of(now, moment.precision()).iso()));
        }
    }

    /** Whether {@code code} is an ISO 3166-1 alpha-2 country code ("RO", "US"). */
    static boolean isCountry(String code) {
        return code != null && COUNTRIES.contains(code);
    }

    /** Null for a value left empty, so optional columns stay NULL rather than "". */
    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
