package db.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeedScriptTest {

    @Test
    void splitsAtSemicolonsOutsideStringsAndSkipsComments() {
        String script = """
                -- a comment; with a semicolon
                INSERT INTO t (a) VALUES ('x; y');
                INSERT INTO t (a) VALUES ('it''s');
                """;
        assertEquals(List.of("INSERT INTO t (a) VALUES ('x; y')", "INSERT INTO t (a) VALUES ('it''s')"),
                SeedEmptyDatabase.statements(script));
    }

    @Test
    void keepsLinesInsideStringsThatLookLikeCommentsAndTheLastStatementWithoutSemicolon() {
        String script = "INSERT INTO t (a) VALUES ('two\n-- lines; one string');\n  -- a comment\nSELECT 1";
        assertEquals(List.of("INSERT INTO t (a) VALUES ('two\n-- lines; one string')", "SELECT 1"),
                SeedEmptyDatabase.statements(script));
    }

    /**
     * The seed writes the search columns itself (ImportSqlTest renders them with the app's folding), so a new
     * database starts without {@link SearchColumns} folding every row with ICU's transliterator.
     */
    @Test
    void theSeedWritesTheSearchColumnOfEveryMissionAndPerson() throws IOException {
        List<String> rows;
        try (InputStream in = SeedScriptTest.class.getClassLoader().getResourceAsStream(SeedEmptyDatabase.SCRIPT)) {
            rows = SeedEmptyDatabase.statements(new String(in.readAllBytes(), StandardCharsets.UTF_8)).stream()
                    .filter(sql -> sql.startsWith("INSERT INTO mission (") || sql.startsWith("INSERT INTO person ("))
                    .toList();
        }
        assertFalse(rows.isEmpty(), "no mission or person in the seed");
        for (String row : rows) {
            String columns = row.substring(row.indexOf('(') + 1, row.indexOf(')'));
            assertTrue(List.of(columns.split(", ")).contains("search"), row);
        }
    }
}
