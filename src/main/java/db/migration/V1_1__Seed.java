package db.migration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the curated history (import.sql, at the top of the repository) into a new database.
 * Flyway runs it once per database, so a restart neither duplicates nor wipes anything.
 * Corrections to the seed ship as new migrations: this one has no checksum.
 */
public class V1_1__Seed extends BaseJavaMigration {

    static final String SCRIPT = "import.sql";

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            for (String sql : statements(readScript())) {
                statement.execute(sql);
            }
        }
    }

    private static String readScript() throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Splits a script at semicolons outside string literals and drops "--" comment lines. */
    static List<String> statements(String script) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inString = false;
        for (String line : script.split("\n", -1)) {
            if (!inString && line.strip().startsWith("--")) {
                continue;
            }
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '\'') {
                    inString = !inString;
                }
                if (c == ';' && !inString) {
                    addIfNotBlank(result, current);
                    current.setLength(0);
                } else {
                    current.append(c);
                }
            }
            current.append('\n');
        }
        addIfNotBlank(result, current);
        return result;
    }

    private static void addIfNotBlank(List<String> result, StringBuilder sql) {
        if (!sql.toString().isBlank()) {
            result.add(sql.toString().strip());
        }
    }
}
