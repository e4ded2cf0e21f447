package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.launchledger.history.Mission;
import org.launchledger.history.Person;

/**
 * Fills the search columns of V11 (mission.search, person.search) where they are empty: on the rows
 * that were there before V11, those the seed (import.sql) loads, and any that SQL wrote past the app
 * (bench/scale-data.sql). The folding is Java's (ICU, history/Slugs), so SQL cannot compute it; the
 * entities keep the columns on every write of their own. Run by {@link SeedEmptyDatabase} after
 * migrating; reading the empty ones costs one index look-up when there are none.
 */
final class SearchColumns {

    /** Rows written per batch. */
    private static final int BATCH = 1000;

    private SearchColumns() {
    }

    /** Fills every empty search column; the caller commits. Nothing before V11 (a migration run up to an older target). */
    static void fill(Connection connection) throws SQLException {
        if (!hasSearchColumns(connection)) {
            return;
        }
        fillMissions(connection);
        fillPeople(connection);
    }

    /** Whether V11 has run: H2 keeps unquoted names in upper case, PostgreSQL in lower case. */
    private static boolean hasSearchColumns(Connection connection) throws SQLException {
        for (String[] names : new String[][] {{"MISSION", "SEARCH"}, {"mission", "search"}}) {
            try (ResultSet columns = connection.getMetaData().getColumns(null, null, names[0], names[1])) {
                if (columns.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void fillMissions(Connection connection) throws SQLException {
        Map<Long, String> search = new HashMap<>();
        try (Statement s = connection.createStatement();
             ResultSet rows = s.executeQuery("SELECT id, slug, designation FROM mission WHERE search IS NULL")) {
            while (rows.next()) {
                search.put(rows.getLong(1), Mission.searchText(rows.getString(2), rows.getString(3)));
            }
        }
        write(connection, "UPDATE mission SET search = ? WHERE id = ?", search);
    }

    private static void fillPeople(Connection connection) throws SQLException {
        record Names(String slug, String name, String fullName, List<String> alternatives) {
        }
        Map<Long, Names> people = new HashMap<>();
        try (Statement s = connection.createStatement();
             ResultSet rows = s.executeQuery("SELECT id, slug, name, full_name FROM person WHERE search IS NULL")) {
            while (rows.next()) {
                people.put(rows.getLong(1), new Names(rows.getString(2), rows.getString(3), rows.getString(4),
                        new ArrayList<>()));
            }
        }
        if (people.isEmpty()) {
            return;
        }
        try (Statement s = connection.createStatement();
             ResultSet rows = s.executeQuery("SELECT a.person_id, a.folded FROM person_alternative_name a"
                     + " JOIN person p ON p.id = a.person_id WHERE p.search IS NULL ORDER BY a.person_id, a.position")) {
            while (rows.next()) {
                people.get(rows.getLong(1)).alternatives().add(rows.getString(2));
            }
        }
        Map<Long, String> search = new HashMap<>();
        people.forEach((id, n) -> search.put(id, Person.searchText(n.slug(), n.name(), n.fullName(), n.alternatives())));
        write(connection, "UPDATE person SET search = ? WHERE id = ?", search);
    }

    private static void write(Connection connection, String update, Map<Long, String> search) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(update)) {
            int pending = 0;
            for (Map.Entry<Long, String> row : search.entrySet()) {
                statement.setString(1, row.getValue());
                statement.setLong(2, row.getKey());
                statement.addBatch();
                if (++pending == BATCH) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                statement.executeBatch();
            }
        }
    }
}
