package org.launchledger.browse;

import org.launchledger.web.BadParameterException;

/** A filter value the list could not use: shown above the form, and beside the field it names. */
public record FilterError(String parameter, String rule) {

    static FilterError of(BadParameterException e) {
        return new FilterError(e.parameter, e.rule);
    }

    /** Whether this error is about the given form field. */
    public boolean concerns(String field) {
        return parameter.equals(field);
    }
}
