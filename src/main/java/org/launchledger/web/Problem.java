package org.launchledger.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem detail; {@code parameter} names the offending query parameter, if any;
 * {@code errors} lists every rule a request body broke, if any.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String parameter,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * One field of a request body and the rule it broke, in the reader's language; for a table
     * (a CSV import) {@code field} is a column and {@code row} its row, the header being row 1.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(String field, Integer row, String message) {
    }

    /** A problem without a list of field errors. */
    public Problem(String type, String title, int status, String detail, String instance, String parameter) {
        this(type, title, status, detail, instance, parameter, null);
    }
}
