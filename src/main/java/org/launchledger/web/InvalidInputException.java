package org.launchledger.web;

import java.util.List;

/**
 * A request body broke one or more rules: answered with 422 and every violation at once, each
 * naming its field and the rule in the reader's language. Rules are message keys below
 * {@code contribute.rule.} with their arguments.
 */
public class InvalidInputException extends RuntimeException {

    /**
     * One broken rule: the field as the client wrote it ("crew[1].slug"), or a table's column
     * when {@code row} is set (a CSV import; row 1 is the header line, as a spreadsheet numbers
     * rows; no column when the whole row is wrong), the rule's key and arguments.
     */
    public record Violation(Integer row, String field, String rule, Object... arguments) {

        /** A broken rule of a request body's field. */
        public Violation(String field, String rule, Object... arguments) {
            this(null, field, rule, arguments);
        }

        /** The same rule, broken in {@code column} of a table's row {@code row}. */
        public Violation inRow(int row, String column) {
            return new Violation(row, column, rule, arguments);
        }

        /** "Field 'launch' must not be before 1998-11-20 ...", or "Row 12, column 'launch_utc' ...", in {@code language}. */
        public String message(Language language) {
            String broken = Messages.text(language, "contribute.rule." + rule, arguments);
            if (row == null) {
                return Messages.text(language, "contribute.field", field, broken);
            }
            return field == null ? Messages.text(language, "import.row", row, broken)
                    : Messages.text(language, "import.cell", row, field, broken);
        }
    }

    public final List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super(violations.size() + " rule(s) broken: " + violations.stream()
                .map(v -> v.message(Language.EN)).toList());
        this.violations = List.copyOf(violations);
    }
}
