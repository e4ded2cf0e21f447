package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Data correction of 2026-12-02: the seat Léopold Eyharts held on STS-122 was a Shuttle mission specialist's
 * ("Mission Specialist-5, Expedition 16 Flight Engineer-2", NASA Facts sheet for STS-122, February 2008), as
 * for the other expedition crew the Shuttle carried (V3); its source is in the seat's notes and in
 * data/reference/crew.csv. A database seeded after the correction holds it already (import.sql): then nothing
 * here matches. Where the change history exists, the correction is a revision of its own by "system", so the
 * history shows what changed; the flight's version rises (an edit begun before it meets a conflict), and the data
 * version, so that instances already running read the history again.
 * Java rather than SQL: the revision's number is read back from the insert, on H2 and PostgreSQL alike.
 */
public class V13__ShuttleSeatRoles extends BaseJavaMigration {

    /** A seat's role and notes as corrected, found by its flight's and person's slugs and the role it had. */
    record Correction(String mission, String person, String role, String correctedRole, String correctedNotes) {
    }

    static final List<Correction> CORRECTIONS = List.of(new Correction("sts-122", "leopold-eyharts",
            "Flight Engineer", "Mission Specialist",
            "source: Corlett/Stavnichuk astronaut db (TidyTuesday 2020-07-14); expeditions 16 set 2026-11-30, source:"
                    + " http://lmno.pp.ua/wiki/Expedition_16; role corrected Flight Engineer -> Mission Specialist"
                    + " 2026-12-02, source: https://www.scribd.com/document/53052881/NASA-Facts-Space-Shuttle-Atlantis-STS-122"
                    + " https://docslib.org/download/1498413/sts-122-fact-sheet (copies of the NASA Facts sheet for"
                    + " STS-122, February 2008: Léopold Eyharts Mission Specialist-5, Expedition 16 Flight Engineer-2)"));

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        boolean changed = false;
        for (Correction correction : CORRECTIONS) {
            changed |= apply(connection, correction);
        }
        if (changed) {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("UPDATE data_version SET version = version + 1 WHERE id = 1");
            }
        }
    }

    /** Corrects one seat if it still holds the old role; true if it did. */
    static boolean apply(Connection connection, Correction correction) throws SQLException {
        Long seat = null;
        try (PreparedStatement find = connection.prepareStatement("SELECT c.id FROM crew_seat c"
                + " JOIN mission m ON m.id = c.mission_id JOIN person p ON p.id = c.person_id"
                + " WHERE m.slug = ? AND p.slug = ? AND c.role = ?")) {
            find.setString(1, correction.mission());
            find.setString(2, correction.person());
            find.setString(3, correction.role());
            try (ResultSet rows = find.executeQuery()) {
                if (rows.next()) {
                    seat = rows.getLong(1);
                }
            }
        }
        if (seat == null) {
            return false;
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE crew_seat SET role = ?, notes = ? WHERE id = ?")) {
            update.setString(1, correction.correctedRole());
            update.setString(2, correction.correctedNotes());
            update.setLong(3, seat);
            update.executeUpdate();
        }
        // The flight's version rises as with an edit in the app: a form or proposal read before the correction,
        // which carries the whole crew, then meets a conflict instead of putting the old role back.
        try (PreparedStatement version = connection.prepareStatement(
                "UPDATE mission SET version = version + 1 WHERE id = (SELECT mission_id FROM crew_seat WHERE id = ?)")) {
            version.setLong(1, seat);
            version.executeUpdate();
        }
        if (hasHistory(connection)) {
            long revision = newRevision(connection);
            try (PreparedStatement audit = connection.prepareStatement("INSERT INTO crew_seat_aud (id, rev, revtype,"
                    + " person_id, mission_id, landed_on_id, position, role, notes, unverified)"
                    + " SELECT id, CAST(? AS BIGINT), 1, person_id, mission_id, landed_on_id, position, role, notes, unverified"
                    + " FROM crew_seat WHERE id = ?")) {
                audit.setLong(1, revision);
                audit.setLong(2, seat);
                audit.executeUpdate();
            }
        }
        return true;
    }

    /** Whether the change history has its first revision (db.migration.AuditBaseline): only then is one added. */
    private static boolean hasHistory(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM audit_revision WHERE kind = 'loaded'")) {
            rows.next();
            return rows.getLong(1) > 0;
        }
    }

    /** A revision by "system" at the database's clock (UTC instant), an ordinary change; its number. */
    private static long newRevision(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO audit_revision (at, username, kind) VALUES (CURRENT_TIMESTAMP, 'system', NULL)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong("id"); // H2 returns the identity column alone, PostgreSQL every column
            }
        }
    }
}
