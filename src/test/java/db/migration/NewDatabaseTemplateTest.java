package db.migration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which data source URLs name an H2 file, and when a new database is copied from the build's template. */
class NewDatabaseTemplateTest {

    @TempDir
    Path dir;

    @Test
    void anEmbeddedH2FileIsNamedByItsPathWithH2sSuffix() {
        assertEquals(Optional.of(Path.of("./data/ledger.mv.db")),
                NewDatabaseTemplate.h2File("jdbc:h2:file:./data/ledger;WRITE_DELAY=0;MAX_MEMORY_ROWS=500000"));
        assertEquals(Optional.of(Path.of("./data/ledger.mv.db")), NewDatabaseTemplate.h2File("jdbc:h2:./data/ledger"));
        assertEquals(Optional.of(Path.of("/tmp/x.mv.db")), NewDatabaseTemplate.h2File("JDBC:H2:FILE:/tmp/x"));
        assertEquals(Optional.of(Path.of(System.getProperty("user.home"), "ledger.mv.db")),
                NewDatabaseTemplate.h2File("jdbc:h2:~/ledger;WRITE_DELAY=0"));
        assertEquals(Optional.of(Path.of("C:/data/ledger.mv.db")), NewDatabaseTemplate.h2File("jdbc:h2:C:/data/ledger"));
    }

    @Test
    void otherDatabasesAndH2sOtherStoresAreNoFile() {
        for (String url : List.of("jdbc:h2:mem:ledger;DB_CLOSE_DELAY=-1", "jdbc:h2:tcp://localhost/~/ledger",
                "jdbc:h2:ssl://db.example/ledger", "jdbc:h2:zip:~/db.zip!/ledger", "jdbc:h2:nio:/tmp/ledger",
                "jdbc:postgresql://127.0.0.1:5432/ledger", "jdbc:h2:", "jdbc:h2:file:;WRITE_DELAY=0", "")) {
            assertEquals(Optional.empty(), NewDatabaseTemplate.h2File(url), url);
        }
        assertEquals(Optional.empty(), NewDatabaseTemplate.h2File(null));
    }

    @Test
    void aNewDatabaseIsACopyOfTheTemplateInADirectoryMadeForIt() throws IOException {
        Path jar = jar(Instant.parse("2026-12-03T10:00:00Z"));
        byte[] template = template(Instant.parse("2026-12-03T10:01:00Z"));
        Path database = dir.resolve("data/sub/ledger.mv.db");

        assertTrue(NewDatabaseTemplate.copyIfNew(jar, database));

        assertArrayEquals(template, Files.readAllBytes(database));
        try (var files = Files.list(database.getParent())) {
            assertEquals(List.of(database), files.toList(), "nothing but the database is left");
        }
    }

    @Test
    void anExistingDatabaseIsNeverTouched() throws IOException {
        Path jar = jar(Instant.parse("2026-12-03T10:00:00Z"));
        template(Instant.parse("2026-12-03T10:01:00Z"));
        Path database = dir.resolve("ledger.mv.db");
        byte[] kept = "the history someone wrote".getBytes(StandardCharsets.UTF_8);
        Files.write(database, kept);

        assertFalse(NewDatabaseTemplate.copyIfNew(jar, database));

        assertArrayEquals(kept, Files.readAllBytes(database));
    }

    @Test
    void aTemplateOlderThanTheJarIsNotUsed() throws IOException {
        // A jar built again without the template (-Dledger.cds.skip=true) may hold newer history than the template.
        Path jar = jar(Instant.parse("2026-12-03T10:00:00Z"));
        template(Instant.parse("2026-12-03T09:59:59Z"));
        Path database = dir.resolve("ledger.mv.db");

        assertFalse(NewDatabaseTemplate.copyIfNew(jar, database));

        assertFalse(Files.exists(database));
    }

    @Test
    void withoutATemplateTheDatabaseIsLeftToFlyway() throws IOException {
        Path jar = jar(Instant.parse("2026-12-03T10:00:00Z"));
        Path database = dir.resolve("ledger.mv.db");

        assertFalse(NewDatabaseTemplate.copyIfNew(jar, database));

        assertFalse(Files.exists(database));
    }

    @Test
    void classesFromADirectoryHaveNoJar() {
        // The tests load the app's classes from target/classes, as dev mode does: no template applies there.
        assertEquals(Optional.empty(), NewDatabaseTemplate.jarOf(NewDatabaseTemplate.class));
    }

    private Path jar(Instant built) throws IOException {
        Path jar = Files.write(dir.resolve("launch-ledger-runner.jar"), new byte[] {'P', 'K'});
        Files.setLastModifiedTime(jar, FileTime.from(built));
        return jar;
    }

    private byte[] template(Instant built) throws IOException {
        byte[] bytes = "a migrated and seeded H2 file".getBytes(StandardCharsets.UTF_8);
        Path template = Files.write(dir.resolve(NewDatabaseTemplate.FILE_NAME), bytes);
        Files.setLastModifiedTime(template, FileTime.from(built));
        return bytes;
    }
}
