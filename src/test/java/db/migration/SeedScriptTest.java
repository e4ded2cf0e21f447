package db.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
