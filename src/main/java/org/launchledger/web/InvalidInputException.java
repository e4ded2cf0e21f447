package org.launchledger.web;

import java.util.List;

/**
 * A request body broke one or more rules: answered with 422 and every violation at once, each
 * naming its field and the rule in the reader's language. Rules are message keys below
 * {@code contribute.rule.} with their arguments.
 */
public class InvalidInputException extends RuntimeException {

    /** One broken rule: the field as the client wrote it ("crew[1].slug"), the rule's key and arguments. */
    public record Violation(String field, String rule, Object... arguments) {

        /** "Field 'launch' must not be before 1998-11-20 ...", in {@code language}. */
        public String message(Language language) {
            return Messages.text(language, "contribute.field", field,
                    Messages.text(language, "contribute.rule." + rule, arguments));
        }
    }

    public final List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super(violations.size() + " rule(s) broken: " + violations.stream()
                .map(v -> v.message(Language.EN)).toList());
        this.violations = List.copyOf(violations);
    }
}
