package org.launchledger.api;

import java.util.Arrays;
import java.util.List;

/**
 * A CSV table written as RFC 4180 says: CRLF after every record, a field quoted only when it
 * holds a comma, a quote, CR or LF, its quotes doubled. Null is written as an empty field.
 */
final class CsvTable {

    private final int columns;
    private final StringBuilder text = new StringBuilder();

    CsvTable(List<String> header) {
        this.columns = header.size();
        record(header);
    }

    /** Adds one record; it must have as many fields as the header. */
    CsvTable row(String... fields) {
        if (fields.length != columns) {
            throw new IllegalArgumentException("a row of " + fields.length + " fields in a table of " + columns);
        }
        record(Arrays.stream(fields).map(f -> f == null ? "" : f).toList());
        return this;
    }

    private void record(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(field(fields.get(i)));
        }
        text.append("\r\n");
    }

    static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
