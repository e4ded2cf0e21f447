package org.launchledger.web;

/** Something the user named (a mission slug, an expedition number) does not exist. */
public class NotFoundProblem extends RuntimeException {

    public NotFoundProblem(String what, String key) {
        super("No " + what + " '" + key + "' in the ledger.");
    }
}
