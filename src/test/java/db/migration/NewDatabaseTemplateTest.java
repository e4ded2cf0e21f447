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
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which data source URLs name an H2 file the template fits, and when a new database is copied from the build's template. */
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
        assertEquals(Optional.of(Path.of("/tmp/x.mv.db")),
                NewDatabaseTemplate.h2File("jdbc:h2:file:/tmp/x;AUTO_SERVER=TRUE;db_close_delay=-1;"));
    }

    @Test
    void optionsTheTemplateDoesNotMatchLeaveTheDatabaseToH2() {
        // The template is made for H2's default user, without a password, unencrypted and writable.
        for (String option : List.of("USER=ledger", "PASSWORD=secret", "CIPHER=AES", "IFEXISTS=TRUE",
                "ACCESS_MODE_DATA=r", "INIT=RUNSCRIPT FROM 'x.sql'")) {
            String url = "jdbc:h2:file:./data/ledger;WRITE_DELAY=0;" + option;
            assertEquals(Optional.empty(), NewDatabaseTemplate.h2File(url), url);
        }
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
        Path jar = jar();
        byte[] template = template(jar);
        Path database = dir.resolve("data/sub/ledger.mv.db");

        assertTrue(NewDatabaseTemplate.copyIfNew(jar, database));

        assertArrayEquals(template, Files.readAllBytes(database));
        try (var files = Files.list(database.getParent())) {
            assertEquals(List.of(database), files.toList(), "nothing but the database is left");
        }
    }

    @Test
    void aCopyKilledHalfWayIsMadeAgain() throws IOException {
        Path jar = jar();
        byte[] template = template(jar);
        Path database = dir.resolve("ledger.mv.db");
        Files.writeString(dir.resolve("ledger.mv.db.partial"), "half a copy");

        assertTrue(NewDatabaseTemplate.copyIfNew(jar, database));

        assertArrayEquals(template, Files.readAllBytes(database));
        assertFalse(Files.exists(dir.resolve("ledger.mv.db.partial")));
    }

    @Test
    void aReadOnlyTemplateStillGivesAWritableDatabase() throws IOException {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX modes");
        Path jar = jar();
        template(jar);
        Files.setPosixFilePermissions(jar.resolveSibling(NewDatabaseTemplate.FILE_NAME), PosixFilePermissions.fromString("r--r--r--"));
        Path database = dir.resolve("ledger.mv.db");

        assertTrue(NewDatabaseTemplate.copyIfNew(jar, database));

        assertTrue(Files.getPosixFilePermissions(database).contains(PosixFilePermission.OWNER_WRITE));
    }

    @Test
    void anyFileOfTheDatabasesNameLeavesItToH2() throws IOException {
        // H2's lock, trace or half-compacted files mean a database was there: H2 may need them to recover it.
        Path jar = jar();
        template(jar);
        for (String file : List.of("ledger.trace.db", "ledger.mv.db.newFile", "ledger.lock.db")) {
            Path other = Files.writeString(dir.resolve(file), "H2's");
            assertFalse(NewDatabaseTemplate.copyIfNew(jar, dir.resolve("ledger.mv.db")), file);
            assertFalse(Files.exists(dir.resolve("ledger.mv.db")), file);
            Files.delete(other);
        }
        assertTrue(NewDatabaseTemplate.copyIfNew(jar, dir.resolve("ledger-dev.mv.db")), "another database's name");
    }

    @Test
    void anExistingDatabaseIsNeverTouched() throws IOException {
        Path jar = jar();
        template(jar);
        Path database = dir.resolve("ledger.mv.db");
        byte[] kept = "the history someone wrote".getBytes(StandardCharsets.UTF_8);
        Files.write(database, kept);

        assertFalse(NewDatabaseTemplate.copyIfNew(jar, database));

        assertArrayEquals(kept, Files.readAllBytes(database));
    }

    @Test
    void aTemplateMadeForAnotherJarIsNotUsed() throws IOException {
        // A jar built again without the template (-Dledger.cds.skip=true) may hold newer history than the template,
        // whatever the order the files were copied in since.
        Path jar = jar();
        template(jar);
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-12-03T11:00:00Z")));
        Path database = dir.resolve("ledger.mv.db");

        assertFalse(NewDatabaseTemplate.copyIfNew(jar, database));

        assertFalse(Files.exists(database));
        Files.delete(jar.resolveSibling(NewDatabaseTemplate.STAMP_NAME));
        assertFalse(NewDatabaseTemplate.copyIfNew(jar, database), "nor a template without its stamp");
    }

    @Test
    void withoutATemplateTheDatabaseIsLeftToFlyway() throws IOException {
        Path jar = jar();
        Path database = dir.resolve("ledger.mv.db");

        assertFalse(NewDatabaseTemplate.copyIfNew(jar, database));

        assertFalse(Files.exists(database));
    }

    @Test
    void classesFromADirectoryHaveNoJar() {
        // The tests load the app's classes from target/classes, as dev mode does: no template applies there.
        assertEquals(Optional.empty(), NewDatabaseTemplate.jarOf(NewDatabaseTemplate.class));
    }

    private Path jar() throws IOException {
        Path jar = Files.write(dir.resolve("launch-ledger-runner.jar"), new byte[] {'P', 'K'});
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-12-03T10:00:00Z")));
        return jar;
    }

    /** The template beside {@code jar}, and its stamp naming that jar, as CdsTraining writes them. */
    private byte[] template(Path jar) throws IOException {
        byte[] bytes = "a migrated and seeded H2 file".getBytes(StandardCharsets.UTF_8);
        Files.write(jar.resolveSibling(NewDatabaseTemplate.FILE_NAME), bytes);
        Files.writeString(jar.resolveSibling(NewDatabaseTemplate.STAMP_NAME), NewDatabaseTemplate.stampOf(jar) + "\n");
        return bytes;
    }
}
