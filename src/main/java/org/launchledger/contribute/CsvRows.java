package org.launchledger.contribute;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.launchledger.web.InvalidInputException;
import org.launchledger.web.InvalidInputException.Violation;
import org.launchledger.web.NulCharacter;

/**
 * A CSV table as an editor sends it (RFC 4180: fields with commas, quotes or line breaks quoted,
 * quotes doubled; CRLF or LF), read against the columns it must have. Rows are numbered as a
 * spreadsheet numbers them: the header is row 1, so the first record is row 2 whatever line
 * breaks quoted fields hold. Blank lines are skipped; a leading byte order mark is ignored.
 *
 * @param rows the records under the header, each with its row number
 */
record CsvRows(List<Row> rows) {

    private static final ObjectReader READER = new CsvMapper()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .readerFor(String[].class);

    /** One record: its row number and its fields by column, an empty field as null. */
    record Row(int number, Map<String, String> fields) {

        /** The field of {@code column}, null when empty. */
        String get(String column) {
            return fields.get(column);
        }

        /** The fields in {@code columns}' order, for comparing with a stored record's row. */
        String[] in(List<String> columns) {
            return columns.stream().map(fields::get).toArray(String[]::new);
        }
    }

    /**
     * The records of {@code text}, whose header must name exactly {@code columns} (in any order).
     *
     * @throws InvalidInputException for an empty text, a header with unknown, missing or repeated
     *         columns, a record with another number of fields, a field holding U+0000 (before any
     *         value is looked up in the database), or text that is not CSV (a quote never
     *         closed), each naming its row
     */
    static CsvRows read(String text, List<String> columns) {
        String csv = text == null ? "" : text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Violation> violations = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        List<String> header = null;
        int number = 0;
        try (MappingIterator<String[]> records = READER.readValues(csv)) {
            while (records.hasNextValue()) {
                String[] fields = records.nextValue();
                number++;
                if (header == null) {
                    header = header(fields, columns, violations);
                    if (!violations.isEmpty()) {
                        break;
                    }
                } else if (fields.length != header.size()) {
                    violations.add(new Violation(number, null, "csv-fields", header.size(), fields.length));
                } else {
                    Map<String, String> byColumn = new HashMap<>();
                    for (int i = 0; i < fields.length; i++) {
                        byColumn.put(header.get(i), fields[i].isBlank() ? null : fields[i].strip());
                        if (NulCharacter.in(fields[i])) {
                            violations.add(new Violation(number, header.get(i), NulCharacter.RULE));
                        }
                    }
                    rows.add(new Row(number, byColumn));
                }
            }
        } catch (IOException | RuntimeException e) {
            // Jackson says what broke in English; the reader gets the rule in their language.
            violations.add(new Violation(number + 1, null, "csv-malformed"));
        }
        if (header == null && violations.isEmpty()) {
            violations.add(new Violation(1, null, "csv-empty", String.join(",", columns)));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new CsvRows(rows);
    }

    private static List<String> header(String[] names, List<String> columns, List<Violation> violations) {
        List<String> header = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String raw : names) {
            String name = raw.strip();
            if (!columns.contains(name)) {
                violations.add(new Violation(1, name, "csv-unknown-column", String.join(", ", columns)));
            } else if (!seen.add(name)) {
                violations.add(new Violation(1, name, "csv-repeated-column"));
            }
            header.add(name);
        }
        columns.stream().filter(c -> !seen.contains(c))
                .forEach(c -> violations.add(new Violation(1, c, "csv-missing-column")));
        return header;
    }
}
