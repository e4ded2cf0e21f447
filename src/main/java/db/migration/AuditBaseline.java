package db.migration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Writes the change history's first revision, the data as loaded (db/audit-baseline.sql), once a
 * database holds history: after the seed in a new database ({@link SeedEmptyDatabase}), at V8.1 in
 * one seeded before the history existed ({@link V8_1__AuditBaseline}). Without it the first change
 * to a seeded row would have no "before", and an earlier state could not be read back whole
 * (Envers only writes the rows a change touches).
 */
final class AuditBaseline {

    static final String SCRIPT = "db/audit-baseline.sql";

    private AuditBaseline() {
    }

    /** Writes the baseline unless the database is empty or has one already; the caller commits. */
    static void writeIfMissing(Connection connection) throws SQLException, IOException {
        try (Statement statement = connection.createStatement()) {
            if (count(statement, "SELECT COUNT(*) FROM vehicle") == 0
                    || count(statement, "SELECT COUNT(*) FROM audit_revision WHERE kind = 'loaded'") > 0) {
                return;
            }
            for (String sql : SeedEmptyDatabase.statements(read())) {
                statement.execute(sql);
            }
        }
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String read() throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IOException(SCRIPT + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
