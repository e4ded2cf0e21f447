package db.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * Rows that SQL wrote past the app (bench/scale-data.sql, databases from before V11) get their search
 * columns from {@link SearchColumns}, folded as the app folds them; rows that have one keep it. Pure JDBC on
 * an in-memory H2 holding only the columns it reads.
 */
class SearchColumnsFillTest {

    @Test
    void fillsEmptySearchColumnsAndLeavesFilledOnes() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:search-columns-fill");
             Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE mission (id BIGINT PRIMARY KEY, slug VARCHAR(80), designation VARCHAR(80), search VARCHAR(400))");
            sql.execute("CREATE TABLE person (id BIGINT PRIMARY KEY, slug VARCHAR(80), name VARCHAR(80), full_name VARCHAR(200), search VARCHAR(400))");
            sql.execute("CREATE TABLE person_alternative_name (person_id BIGINT, position INT, folded VARCHAR(200))");
            sql.execute("INSERT INTO mission VALUES (1, 'soyuz-tma-1', 'Soyuz TMA-1', NULL), (2, 'kept', 'Kept', 'as it was')");
            sql.execute("INSERT INTO person VALUES (1, 'oleg-novitsky', 'Oleg Novitsky', 'Oleg Viktorovich Novitsky', NULL),"
                    + " (2, 'slawosz-uznanski', 'Sławosz Uznański', NULL, NULL)");
            sql.execute("INSERT INTO person_alternative_name VALUES (1, 0, 'novickij'), (1, 1, 'oleg-novickij')");

            SearchColumns.fill(connection);

            assertEquals("soyuz-tma-1", value(sql, "SELECT search FROM mission WHERE id = 1"));
            assertEquals("as it was", value(sql, "SELECT search FROM mission WHERE id = 2"));
            assertEquals("oleg-novitsky oleg-viktorovich-novitsky novickij oleg-novickij",
                    value(sql, "SELECT search FROM person WHERE id = 1"));
            assertEquals("slawosz-uznanski", value(sql, "SELECT search FROM person WHERE id = 2"));
        }
    }

    private static String value(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
