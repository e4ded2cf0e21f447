package org.launchledger.web;

/**
 * Something the user named (a mission slug, an expedition number) does not exist. {@code kind}
 * and {@code key} say what was looked for, so a renamed slug can be answered with a redirect.
 */
public class NotFoundProblem extends RuntimeException {

    /** "mission", "person", "vehicle", ... */
    public final String kind;
    /** The slug or number as the user gave it. */
    public final String key;

    public NotFoundProblem(String kind, String key) {
        super("No " + kind + " '" + key + "' in the ledger.");
        this.kind = kind;
        this.key = key;
    }
}
