package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Teaches PostgreSQL the one H2 type name the published migrations use: V6 declares
 * {@code pending_change.payload} as {@code CLOB}, which PostgreSQL lacks. Before migrating a PostgreSQL
 * database it creates the domain {@code clob} over {@code text} in the current schema, once. The
 * migration itself stays as it is, because every deployed database holds its checksum, and Flyway
 * refuses to start when a recorded migration's text changed. Registered by {@link FlywaySeeding}; does
 * nothing on other databases.
 */
public class PostgresqlTypeNames implements Callback {

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        if (!isPostgresql(context.getConnection())) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM pg_type"
                    + " WHERE typname = 'clob' AND typnamespace = current_schema()::regnamespace")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    return;
                }
            }
            statement.execute("CREATE DOMAIN clob AS text");
        } catch (SQLException e) {
            throw new FlywayException("Could not create the domain clob on PostgreSQL", e);
        }
    }

    @Override
    public String getCallbackName() {
        return "PostgreSQL type names of the H2-era migrations";
    }

    private static boolean isPostgresql(Connection connection) {
        try {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new FlywayException("Could not read the database's product name", e);
        }
    }
}
