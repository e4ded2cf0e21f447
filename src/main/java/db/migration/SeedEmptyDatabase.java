package db.migration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Loads the curated history (import.sql, at the top of the repository) into a database that has
 * none, once every migration has run, so import.sql is always written for the latest schema.
 * A database that holds history already (any vehicle) is never touched: there the record is the
 * database, and corrections arrive as migrations. The seed is the change history's first revision
 * ({@link AuditBaseline}). Then, on every database, it fills the search columns that SQL left empty
 * ({@link SearchColumns}). As a callback it does so on Flyway's connection, before migrate returns (the
 * tests' plain Flyway); the app runs {@link #seed} through {@link SeedInBackground} instead.
 */
public class SeedEmptyDatabase implements Callback {

    static final String SCRIPT = "import.sql";

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        seed(context.getConnection());
    }

    /**
     * Seeds the database on {@code connection} if it holds no history (no vehicle), writes the change history's
     * first revision, then fills the empty search columns, all in one transaction: a start killed half-way leaves
     * the database empty, and the next start seeds it. An empty-looking database is seeded under the data version's
     * row lock, so that of two instances starting at once on a new database, the second waits for the first's seed
     * and then finds it.
     *
     * @throws FlywayException when import.sql cannot be read or a statement fails (nothing is then stored)
     */
    static void seed(Connection connection) {
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                // Locked only when it looks empty, and asked again once locked: a running instance's writes, which
                // raise the data version, never wait for another's start.
                if (isEmpty(connection) && lockedAndStillEmpty(statement, connection)) {
                    for (String sql : statements(readScript())) {
                        statement.execute(sql);
                    }
                    AuditBaseline.writeIfMissing(connection);
                }
                // Here rather than in a callback of its own: it must follow the seed, and Flyway does
                // not promise an order between callbacks.
                SearchColumns.fill(connection);
                connection.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException | IOException e) {
            throw new FlywayException("Could not load " + SCRIPT + " into the new database", e);
        }
    }

    @Override
    public String getCallbackName() {
        return "seed an empty database from " + SCRIPT;
    }

    private static boolean lockedAndStillEmpty(Statement statement, Connection connection) throws SQLException {
        statement.executeQuery("SELECT version FROM data_version WHERE id = 1 FOR UPDATE").close();
        // Asked in words of its own, not the first check's: H2 (2.4, Query.query) hands a session back its last result
        // for the same statement text while the tables it read are not marked as changed since, and a commit marks its
        // tables just before its rows show and again only after it has released its row locks. A first check asked in
        // between (empty) would be answered again here, and a second instance would seed over the first's: a flaky
        // duplicate key in SeedInBackgroundTest. This text only ever runs under the lock, outside that window.
        return isEmpty(connection, "SELECT COUNT(*) AS seeded FROM vehicle");
    }

    private static boolean isEmpty(Connection connection) throws SQLException {
        return isEmpty(connection, "SELECT COUNT(*) FROM vehicle");
    }

    private static boolean isEmpty(Connection connection, String count) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(count)) {
            rs.next();
            return rs.getLong(1) == 0;
        }
    }

    static String readScript() throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IOException(SCRIPT + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Splits a script at semicolons outside string literals and drops "--" comment lines (outside strings).
     * Scans from quote to quote and copies whole runs: import.sql is 700 KB, and this runs on every new database
     * before the JIT has compiled anything, where a loop over single characters was among the seed's slower steps.
     */
    static List<String> statements(String script) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inString = false;
        int line = 0;
        while (line < script.length()) {
            int end = script.indexOf('\n', line);
            end = end < 0 ? script.length() : end + 1;
            if (inString || !script.substring(line, end).strip().startsWith("--")) {
                int at = line;
                while (at < end) {
                    int quote = indexOf(script, '\'', at, end);
                    if (inString) {
                        current.append(script, at, quote);
                        at = quote;
                    } else {
                        int semicolon = indexOf(script, ';', at, quote);
                        current.append(script, at, semicolon);
                        at = semicolon;
                        if (semicolon < quote) {
                            addIfNotBlank(result, current);
                            current.setLength(0);
                            at++;
                            continue;
                        }
                    }
                    if (at < end) {
                        current.append('\'');
                        inString = !inString;
                        at++;
                    }
                }
            }
            line = end;
        }
        addIfNotBlank(result, current);
        return result;
    }

    /** The index of {@code c} in {@code text} from {@code from}, or {@code to} if it is not before {@code to}. */
    private static int indexOf(String text, char c, int from, int to) {
        int at = text.indexOf(c, from);
        return at < 0 || at > to ? to : at;
    }

    private static void addIfNotBlank(List<String> result, StringBuilder sql) {
        if (!sql.toString().isBlank()) {
            result.add(sql.toString().strip());
        }
    }
}
