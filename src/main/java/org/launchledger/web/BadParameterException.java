package org.launchledger.web;

import java.util.Collection;
import java.util.List;

/**
 * A request parameter broke a rule: answered with 400 and a message naming both, in the reader's
 * language. The rule is a message key ({@code errors.rule.*}) with its arguments.
 */
public class BadParameterException extends RuntimeException {

    /** The offending parameter's name; several, comma-separated, for unknown parameters. */
    public final String parameter;
    private final String rule;
    private final Object[] arguments;

    /**
     * @param parameter the parameter's name as sent
     * @param rule the rule's key below {@code errors.rule.} ("whole-number", "one-of", ...)
     * @param arguments what the rule's message names: limits, choices, what was sent
     */
    public BadParameterException(String parameter, String rule, Object... arguments) {
        super(Messages.text(Language.EN, "errors.parameter", parameter,
                Messages.text(Language.EN, "errors.rule." + rule, arguments)));
        this.parameter = parameter;
        this.rule = rule;
        this.arguments = arguments;
    }

    /** The rule the value broke, in words: "must be a whole number from 1 to 500 (got 'abc')". */
    public String rule(Language language) {
        return Messages.text(language, "errors.rule." + rule, arguments);
    }

    /** The whole message: "Parameter 'size' must be a whole number from 1 to 500 (got 'abc')." */
    public String message(Language language) {
        if (rule.equals("unknown")) {
            return Messages.text(language, "errors.unknown", arguments);
        }
        return Messages.text(language, "errors.parameter", parameter, rule(language));
    }

    /** Parameters that {@code path} does not take, named with those it does. */
    public static BadParameterException unknown(List<String> names, String path, Collection<String> known) {
        String quoted = String.join(", ", names.stream().map(n -> "'" + n + "'").toList());
        // "none" picks the message's variant for an address that takes no parameters at all.
        return new BadParameterException(String.join(", ", names), "unknown", names.size(), quoted, path,
                known.isEmpty() ? "none" : String.join(", ", known));
    }
}
