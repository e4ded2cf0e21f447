package org.launchledger.browse;

import org.launchledger.web.BadParameterException;
import org.launchledger.web.MessageExtensions;

/** A filter value the list could not use: shown above the form, and beside the field it names. */
public record FilterError(String parameter, String rule) {

    static FilterError of(BadParameterException e) {
        return new FilterError(e.parameter, e.rule(MessageExtensions.current()));
    }

    /** The id of the form field to fix; null for page and size, which have none (an exact year is the From box). */
    public String field() {
        return switch (parameter) {
            case "page", "size" -> null;
            case "year" -> "f-from";
            default -> "f-" + parameter;
        };
    }

    /** A page that may show a filter error: its form marks the field the error names. */
    public interface Shown {

        FilterError error();

        default boolean invalid(String field) {
            return error() != null && error().parameter().equals(field);
        }
    }
}
