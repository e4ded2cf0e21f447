package org.launchledger.web;

/**
 * An API write from a reader who is not signed in: 401 with a Basic challenge, never the sign-in
 * page's redirect that a browser would follow.
 */
public class NotSignedInProblem extends RuntimeException {

    public NotSignedInProblem() {
        super("not signed in");
    }
}
