package org.launchledger.web;

/** The request cannot apply to the record as it now stands (a stale version, a decided change): 409. */
public class ConflictProblem extends RuntimeException {

    private final String key;
    private final Object[] arguments;

    /** @param key the message that says why, with its arguments */
    public ConflictProblem(String key, Object... arguments) {
        super(Messages.text(Language.EN, key, arguments));
        this.key = key;
        this.arguments = arguments;
    }

    /** Why, in {@code language}. */
    public String message(Language language) {
        return Messages.text(language, key, arguments);
    }
}
