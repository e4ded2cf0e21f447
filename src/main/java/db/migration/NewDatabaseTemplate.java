package db.migration;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * A new embedded H2 database begins as a copy of the one the build made ({@value #FILE_NAME}, beside the packaged
 * jar): the same Flyway migrations and the same seed, run once at {@code package} by {@code src/tools/CdsTraining.java}
 * on the jar it just built, instead of at the first start of every installation (the seed alone is 0.4-0.5 s of
 * H2 parsing {@code import.sql}). Flyway then finds the copy migrated, checks it as on any existing database and
 * migrates what is newer; the seed's callback finds history and leaves it. Every other case starts as before:
 * a database that exists or has any file of its name (never touched), PostgreSQL or an in-memory H2, a URL with
 * options the template does not match (credentials, encryption, {@code IFEXISTS}, read-only), a template made for
 * another jar (its stamp, {@value #STAMP_NAME}, names the jar's size and modification time, as the class-data
 * archive does), no jar (tests, dev mode). Framework-free: called from {@link FlywaySeeding#customize}, before
 * Flyway's first connection, as any connection would create the file.
 */
final class NewDatabaseTemplate {

    /** The template's file name, beside the jar; the pom names the same file for CdsTraining. */
    static final String FILE_NAME = "launch-ledger-new-database.mv.db";

    /** Beside the template: "SIZE MTIME" of the jar it was made for (bytes, milliseconds since the epoch). */
    static final String STAMP_NAME = FILE_NAME + ".jar";

    /** The suffix H2 (MVStore) gives a file database's file after the path in its URL. */
    static final String H2_FILE_SUFFIX = ".mv.db";

    /**
     * URL options that change nothing in the file a database is made of, and so leave the template usable. Anything
     * else (USER, PASSWORD, CIPHER, IFEXISTS, ACCESS_MODE_DATA, an INIT script...) leaves the database to H2.
     */
    static final Set<String> NEUTRAL_OPTIONS = Set.of("WRITE_DELAY", "MAX_MEMORY_ROWS", "DB_CLOSE_DELAY",
            "DB_CLOSE_ON_EXIT", "CACHE_SIZE", "LOCK_TIMEOUT", "AUTO_SERVER", "AUTO_SERVER_PORT", "TRACE_LEVEL_FILE",
            "TRACE_LEVEL_SYSTEM_OUT");

    private static final Logger LOG = Logger.getLogger(NewDatabaseTemplate.class);

    private NewDatabaseTemplate() {
    }

    /**
     * The file an embedded H2 URL's database lives in ({@code jdbc:h2:file:./data/ledger;WRITE_DELAY=0} or
     * {@code jdbc:h2:./data/ledger} → {@code ./data/ledger.mv.db}; {@code ~} is the user's home), empty for every
     * other URL: another database, H2 in memory or over the network ({@code mem:}, {@code tcp:}, {@code ssl:}),
     * H2's other file systems ({@code zip:}, {@code nio:}, ...), an option outside {@link #NEUTRAL_OPTIONS}, or none.
     */
    static Optional<Path> h2File(String jdbcUrl) {
        String prefix = "jdbc:h2:";
        if (jdbcUrl == null || !jdbcUrl.regionMatches(true, 0, prefix, 0, prefix.length())) {
            return Optional.empty();
        }
        String[] parts = jdbcUrl.substring(prefix.length()).split(";");
        for (int i = 1; i < parts.length; i++) {
            String option = parts[i].split("=", 2)[0].strip().toUpperCase(Locale.ROOT);
            if (!option.isEmpty() && !NEUTRAL_OPTIONS.contains(option)) {
                return Optional.empty();
            }
        }
        String name = parts.length == 0 ? "" : parts[0];
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

    /** The stamp of a jar as {@link #STAMP_NAME} holds it: its size and modification time. */
    static String stampOf(Path jar) throws IOException {
        return Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
    }

    /**
     * Makes {@code database} a copy of the template beside {@code jar} when neither the database file nor any other
     * file of its name exists yet (H2's lock, trace or half-compacted files) and the template's stamp names this
     * jar. The copy is written under {@code <database>.partial}, owner-writable whatever the template's mode, then
     * linked into place, which fails rather than replace a file made meanwhile; so a process killed half-way leaves
     * no database file, and the next start copies again.
     *
     * @return whether the database is now the template's copy
     * @throws IOException when the copy or its directory cannot be written (the caller then lets Flyway and the seed
     *                     make the database, as without a template)
     */
    static boolean copyIfNew(Path jar, Path database) throws IOException {
        Path template = jar.resolveSibling(FILE_NAME);
        Path stamp = jar.resolveSibling(STAMP_NAME);
        if (!Files.isRegularFile(template) || !Files.isRegularFile(stamp)
                || !Files.readString(stamp, StandardCharsets.US_ASCII).strip().equals(stampOf(jar))
                || anyFileOf(database)) {
            return false;
        }
        Path directory = database.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path partial = directory.resolve(database.getFileName() + ".partial");
        try {
            Files.deleteIfExists(partial);
            try (InputStream in = Files.newInputStream(template)) {
                Files.copy(in, partial);
            }
            try {
                Files.createLink(database, partial);
            } catch (FileAlreadyExistsException madeMeanwhile) {
                return false;
            } catch (UnsupportedOperationException | FileSystemException noHardLinks) {
                // A file system without hard links (Files.createLink's way of saying so): a rename, after one more look.
                if (Files.exists(database)) {
                    return false;
                }
                Files.move(partial, database);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
        return true;
    }

    /** Whether the database file, or any file H2 names after it ({@code ledger.*} for {@code ledger.mv.db}), exists. */
    private static boolean anyFileOf(Path database) throws IOException {
        if (Files.exists(database)) {
            return true;
        }
        Path directory = database.toAbsolutePath().getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            return false;
        }
        String name = database.getFileName().toString();
        String base = name.substring(0, name.length() - H2_FILE_SUFFIX.length()) + ".";
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString())
                    .anyMatch(file -> file.startsWith(base) && !file.equals(name + ".partial"));
        }
    }

    /**
     * {@link #copyIfNew} for the app's data source URL, the jar of this class, logged: a failure is a warning, and
     * the start goes on as without a template. {@code withCredentials}: a user name or password is configured, which
     * the template (made for H2's default user, without a password) would refuse; the database is then left to H2.
     */
    static void prepare(String jdbcUrl, boolean withCredentials) {
        Optional<Path> database = h2File(jdbcUrl);
        Optional<Path> jar = jarOf(NewDatabaseTemplate.class);
        if (withCredentials || database.isEmpty() || jar.isEmpty()) {
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
