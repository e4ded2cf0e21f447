package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Rewrites the CHECK constraints of V4 (a user's role) and V6 (a change's status) without an
 * {@code IN} list. H2 2.4 compiles {@code col IN ('a', 'b')} in a constraint into a set ordered by
 * the session that created it; once the pool closes that connection, every insert into the table
 * fails with "Check constraint invalid ... The database has been closed". The same rule written
 * as a CASE is evaluated in the inserting session. PostgreSQL is not affected and keeps its
 * constraints as they are.
 */
public class V10__CheckConstraintsWithoutInLists extends BaseJavaMigration {

    /**
     * The checks, table → constraint, V4's and V6's lists written as CASE: H2 turns a chain of
     * ORs on one column back into the same IN set, but keeps a CASE as it is.
     */
    private static final Map<String, String> CHECKS = Map.of(
            "APP_USER", "CONSTRAINT app_user_role_check CHECK (CASE WHEN role = 'contributor' THEN TRUE"
                    + " WHEN role = 'editor' THEN TRUE WHEN role = 'admin' THEN TRUE ELSE FALSE END)",
            "PENDING_CHANGE", "CONSTRAINT pending_change_status_check CHECK (CASE WHEN status = 'pending' THEN TRUE"
                    + " WHEN status = 'approved' THEN TRUE WHEN status = 'rejected' THEN TRUE"
                    + " WHEN status = 'conflict' THEN TRUE ELSE FALSE END)");

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        if (!connection.getMetaData().getDatabaseProductName().equals("H2")) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            for (Map.Entry<String, String> check : CHECKS.entrySet()) {
                for (String name : checkConstraints(statement, check.getKey())) {
                    statement.execute("ALTER TABLE " + check.getKey() + " DROP CONSTRAINT \"" + name + "\"");
                }
                statement.execute("ALTER TABLE " + check.getKey() + " ADD " + check.getValue());
            }
        }
    }

    private static List<String> checkConstraints(Statement statement, String table) throws Exception {
        List<String> names = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("SELECT CONSTRAINT_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
                + " WHERE CONSTRAINT_TYPE = 'CHECK' AND TABLE_SCHEMA = SCHEMA() AND TABLE_NAME = '" + table + "'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
