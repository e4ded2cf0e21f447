package org.launchledger.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Collection;
import java.util.Objects;
import java.util.stream.Collectors;

/** Names, for a reader, the place in a JSON request body where reading it failed. */
final class JsonFields {

    private JsonFields() {
    }

    /**
     * The field as the client wrote it ("crew[1].slug") where a value could not be read as its field's
     * type; empty for broken JSON syntax, or when the body itself was of the wrong shape (not an object).
     */
    static String path(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping) {
            return path(mapping);
        }
        if (e instanceof InputCoercionException coercion && coercion.getProcessor() != null) {
            return path(coercion.getProcessor().getParsingContext());
        }
        return "";
    }

    /** The type the failed value was to become, when known. */
    static Class<?> target(JsonProcessingException e) {
        if (e instanceof MismatchedInputException mismatched) {
            return mismatched.getTargetType();
        }
        return e instanceof InputCoercionException coercion ? coercion.getTargetType() : null;
    }

    /** The path of a streaming parser's position: the names and indexes from the root down. */
    private static String path(JsonStreamContext context) {
        java.util.Deque<String> steps = new java.util.ArrayDeque<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inObject() && at.getCurrentName() != null) {
                steps.push("." + at.getCurrentName());
            } else if (at.inArray()) {
                steps.push("[" + Math.max(0, at.getCurrentIndex()) + "]");
            }
        }
        String path = String.join("", steps);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference step : e.getPath()) {
            if (step.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The kind of value a field takes, as the rule {@code contribute.rule.wrong-type} selects on. */
    static String kind(Class<?> type) {
        if (type == null) {
            return "other";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "text";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "number";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "list";
        }
        return type.isRecord() ? "object" : "other";
    }

    /** The fields the object takes, sorted and quoted: "'designation', 'launch', ...". */
    static String known(UnrecognizedPropertyException e) {
        Collection<Object> known = e.getKnownPropertyIds();
        return known == null ? "" : known.stream().map(Objects::toString).sorted()
                .map(name -> "'" + name + "'").collect(Collectors.joining(", "));
    }
}
