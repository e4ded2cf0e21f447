package org.launchledger.web;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** A request parameter broke a rule: answered with 400 and a message naming both. */
public class BadParameterException extends RuntimeException {

    /** The offending parameter's name; several, comma-separated, for unknown parameters. */
    public final String parameter;
    public final String rule;

    public BadParameterException(String parameter, String rule) {
        this(parameter, rule, "Parameter '" + parameter + "' " + rule + ".");
    }

    private BadParameterException(String parameter, String rule, String message) {
        super(message);
        this.parameter = parameter;
        this.rule = rule;
    }

    /** Parameters that {@code path} does not take, named with those it does. */
    public static BadParameterException unknown(List<String> names, String path, Collection<String> known) {
        String quoted = names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "));
        String rule = "is not a parameter of " + path + " (it takes "
                + (known.isEmpty() ? "none" : String.join(", ", known)) + ")";
        String message = (names.size() == 1 ? "Unknown parameter " : "Unknown parameters ") + quoted + ": " + path
                + (known.isEmpty() ? " takes no query parameters." : " takes " + String.join(", ", known) + ".");
        return new BadParameterException(String.join(", ", names), rule, message);
    }
}
