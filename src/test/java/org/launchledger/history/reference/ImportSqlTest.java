package org.launchledger.history.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * import.sql is the committed, reviewed seed; the CSVs are its source. This test fails when they
 * drift apart. After editing a CSV, regenerate with
 * {@code ./mvnw test -Dtest=ImportSqlTest -Dregenerate-import-sql}.
 */
class ImportSqlTest {

    private static final Path IMPORT_SQL = Path.of("import.sql");

    @Test
    void importSqlIsGeneratedFromTheReferenceTables() throws IOException {
        String expected = ImportSql.render(ReferenceData.load());
        if (System.getProperty("regenerate-import-sql") != null) {
            Files.writeString(IMPORT_SQL, expected, StandardCharsets.UTF_8);
        }
        assertEquals(expected, Files.readString(IMPORT_SQL, StandardCharsets.UTF_8),
                "import.sql differs from data/reference/*.csv: regenerate it (see ImportSqlTest)");
    }
}
