package db.migration;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.util.Locale;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A new embedded H2 database begins as a copy of the one the build made ({@value #FILE_NAME}, beside the packaged
 * jar): the same Flyway migrations and the same seed, run once at {@code package} by {@code src/tools/CdsTraining.java}
 * on the jar it just built, instead of at the first start of every installation (the seed alone is 0.4-0.5 s of
 * H2 parsing {@code import.sql}). Flyway then finds the copy migrated, checks it as on any existing database and
 * migrates what is newer; the seed's callback finds history and leaves it. Every other case starts as before:
 * a database that exists (never touched), PostgreSQL or an in-memory H2, a template older than the jar (a jar
 * built again without it, {@code -Dledger.cds.skip=true}), no jar (tests, dev mode). Framework-free: called from
 * {@link FlywaySeeding#customize}, before Flyway's first connection, as any connection would create the file.
 */
final class NewDatabaseTemplate {

    /** The template's file name, beside the jar; the pom names the same file for CdsTraining. */
    static final String FILE_NAME = "launch-ledger-new-database.mv.db";

    /** The suffix H2 (MVStore) gives a file database's file after the path in its URL. */
    static final String H2_FILE_SUFFIX = ".mv.db";

    private static final Logger LOG = Logger.getLogger(NewDatabaseTemplate.class);

    private NewDatabaseTemplate() {
    }

    /**
     * The file an embedded H2 URL's database lives in ({@code jdbc:h2:file:./data/ledger;...} or
     * {@code jdbc:h2:./data/ledger} → {@code ./data/ledger.mv.db}; {@code ~} is the user's home), empty for every
     * other URL: another database, H2 in memory or over the network ({@code mem:}, {@code tcp:}, {@code ssl:}),
     * H2's other file systems ({@code zip:}, {@code nio:}, ...), or none.
     */
    static Optional<Path> h2File(String jdbcUrl) {
        String prefix = "jdbc:h2:";
        if (jdbcUrl == null || !jdbcUrl.regionMatches(true, 0, prefix, 0, prefix.length())) {
            return Optional.empty();
        }
        String name = jdbcUrl.substring(prefix.length());
        int options = name.indexOf(';');
        if (options >= 0) {
            name = name.substring(0, options);
        }
        if (name.toLowerCase(Locale.ROOT).startsWith("file:")) {
            name = name.substring("file:".length());
        }
        // Another protocol or file system names itself before a colon; a Windows drive is one letter.
        int colon = name.indexOf(':');
        if (name.isBlank() || colon > 1) {
            return Optional.empty();
        }
        if (name.equals("~") || name.startsWith("~/") || name.startsWith("~\\")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        return Optional.of(Path.of(name + H2_FILE_SUFFIX));
    }

    /** The jar the given class was loaded from, empty when it came from a directory (tests, dev mode). */
    static Optional<Path> jarOf(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location) && location.toString().endsWith(".jar")
                    ? Optional.of(location) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException notAFile) {
            return Optional.empty();
        }
    }

    /**
     * Makes {@code database} a copy of the template beside {@code jar} when the database file does not exist yet and
     * the template is at least as new as the jar. The copy is written under a temporary name and then renamed, so a
     * process killed half-way leaves no database file (only a {@code .partial} one), and the next start copies again.
     *
     * @return whether the database is now the template's copy
     * @throws IOException when the copy or its directory cannot be written (the caller then lets Flyway and the seed
     *                     make the database, as without a template)
     */
    static boolean copyIfNew(Path jar, Path database) throws IOException {
        Path template = jar.resolveSibling(FILE_NAME);
        if (Files.exists(database) || !Files.isRegularFile(template)
                || Files.getLastModifiedTime(template).compareTo(Files.getLastModifiedTime(jar)) < 0) {
            return false;
        }
        Path directory = database.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path partial = Files.createTempFile(directory, database.getFileName().toString(), ".partial");
        try {
            Files.copy(template, partial, StandardCopyOption.REPLACE_EXISTING);
            // A rename within one directory, which refuses a database file made meanwhile (never replaced).
            Files.move(partial, database);
        } catch (FileAlreadyExistsException madeMeanwhile) {
            return false;
        } finally {
            Files.deleteIfExists(partial);
        }
        return true;
    }

    /**
     * {@link #copyIfNew} for the app's data source URL, the jar of this class, logged: a failure is a warning, and
     * the start goes on as without a template.
     */
    static void prepare(String jdbcUrl) {
        Optional<Path> database = h2File(jdbcUrl);
        Optional<Path> jar = jarOf(NewDatabaseTemplate.class);
        if (database.isEmpty() || jar.isEmpty()) {
            return;
        }
        try {
            if (copyIfNew(jar.get(), database.get())) {
                LOG.infof("New database %s: copied from %s, which the build migrated and seeded",
                        database.get(), jar.get().resolveSibling(FILE_NAME));
            }
        } catch (IOException | RuntimeException e) {
            LOG.warnf(e, "Could not copy the new database from %s; migrating and seeding it instead",
                    jar.get().resolveSibling(FILE_NAME));
        }
    }
}
