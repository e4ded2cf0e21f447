package org.launchledger.web;

/** A request parameter broke a rule: answered with 400 and a message naming both. */
public class BadParameterException extends RuntimeException {

    public final String parameter;
    public final String rule;

    public BadParameterException(String parameter, String rule) {
        super("Parameter '" + parameter + "' " + rule + ".");
        this.parameter = parameter;
        this.rule = rule;
    }
}
