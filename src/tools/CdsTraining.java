import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Makes the class-data archive the README's run command starts with (application class-data sharing, JDK 13+):
 * runs the packaged app once on a new H2 file, asks it for the pages a reader opens first,
 * in both languages, then stops it; the JVM writes every class it loaded, already parsed and verified, into
 * the archive as it exits ({@code -XX:ArchiveClassesAtExit}). A start with {@code -XX:SharedArchiveFile}
 * maps them instead of reading and verifying them from the jar again: on the 2-core machine of the README's
 * figures, the first answer on {@code /} comes about 40% sooner.
 *
 * <p>The app runs on a new H2 file, which Flyway migrates and the app seeds as at any first start; once the app
 * has stopped, that file becomes the template of new databases ({@code NEW_DATABASE}, beside the jar: a first
 * start copies it instead of migrating and seeding, {@code db.migration.NewDatabaseTemplate}). The pages asked for
 * only read. A failed run leaves no template.
 *
 * <p>Run by the pom at {@code package}, after the Quarkus build, as a single-file program
 * ({@code java src/tools/CdsTraining.java JAR ARCHIVE NEW_DATABASE [JVM options]}), from the project's directory: the
 * archive is valid only for that jar, named by that same relative path, with the same modification time. A
 * start from elsewhere, or after the jar was built again without it, runs as before, only slower (the JVM
 * warns of a mismatched archive). The app's own output goes to {@code ARCHIVE.log}.
 *
 * <p>Exits with 1 when the app does not answer {@code /} with 200 within 5 minutes (the package cannot start),
 * with 0 and a warning when the JVM wrote no archive (a JVM without dynamic archiving).
 */
public final class CdsTraining {

    /** Pages every kind of reader opens first; nothing named after a mission, which this program cannot know. */
    private static final List<String> PAGES = List.of(
            "/", "/missions", "/vehicles", "/stats", "/api/missions?size=50", "/present/1", "/login");

    public static void main(String... args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: java src/tools/CdsTraining.java JAR ARCHIVE NEW_DATABASE [JVM options...]");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        Path archive = Path.of(args[1]);
        Path newDatabase = Path.of(args[2]);
        Path written = archive.resolveSibling(archive.getFileName() + ".new");
        Path log = archive.resolveSibling(archive.getFileName() + ".log");
        Files.deleteIfExists(written);
        Path newDatabaseStamp = newDatabase.resolveSibling(newDatabase.getFileName() + ".jar");
        Files.deleteIfExists(newDatabase);
        Files.deleteIfExists(newDatabaseStamp);
        Path database = Files.createTempDirectory("cds-training");
        try {
            train(jar, archive, written, log, database, newDatabase, newDatabaseStamp, args);
        } finally {
            try (var left = Files.list(database)) {
                for (Path file : left.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(database);
        }
    }

    private static void train(Path jar, Path archive, Path written, Path log, Path database, Path newDatabase,
            Path newDatabaseStamp, String... args) throws Exception {

        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:ArchiveClassesAtExit=" + written));
        command.addAll(List.of(args).subList(3, args.length));
        int port = freePort();
        command.addAll(List.of(
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.management.port=" + freePort(),
                "-Dquarkus.datasource.jdbc.url=jdbc:h2:file:" + database.resolve("ledger") + ";WRITE_DELAY=0",
                // Migrated and seeded here: this run's database is the template, with no account in it.
                "-Dledger.new-database.from-template=false",
                "-Dledger.demo-users=false",
                "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // Nothing of the build machine's own settings may reach the template every installation copies: an admin
        // password (LEDGER_ADMIN_PASSWORD would make the account, with the builder's password), demo accounts, a
        // database user (which would own the file), a profile.
        builder.environment().keySet().removeIf(name -> name.startsWith("LEDGER_") || name.startsWith("QUARKUS_"));
        Process app = builder.start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            waitForFirstAnswer(http, app, port, log);
            for (String language : List.of("en", "ro")) {
                for (String page : PAGES) {
                    get(http, port, page, language);
                }
            }
        } catch (IllegalStateException noAnswer) {
            System.err.println("[ERROR] CdsTraining: " + noAnswer.getMessage());
            app.destroyForcibly().waitFor();
            throw new IllegalStateException("no class-data archive", noAnswer);
        } finally {
            // SIGTERM: Quarkus shuts down and the JVM writes the archive on its way out.
            app.destroy();
            if (!app.waitFor(3, TimeUnit.MINUTES)) {
                app.destroyForcibly().waitFor();
            }
        }
        // Quarkus stopped by SIGTERM exits with 143 (128 + 15), having closed the database.
        Path madeDatabase = database.resolve("ledger.mv.db");
        if ((app.exitValue() == 0 || app.exitValue() == 143) && Files.isRegularFile(madeDatabase)) {
            Files.move(madeDatabase, newDatabase, StandardCopyOption.REPLACE_EXISTING);
            // The jar it was made for, as db.migration.NewDatabaseTemplate compares it: size, modification time.
            Files.writeString(newDatabaseStamp, Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis() + "\n");
            System.out.printf("[INFO] CdsTraining: %s, the template of new H2 databases%n", newDatabase);
        } else {
            System.err.println("[WARNING] CdsTraining: the app exited with " + app.exitValue()
                    + "; no template of new databases (first starts migrate and seed). See " + log);
        }
        if (!Files.exists(written)) {
            System.err.println("[WARNING] CdsTraining: the JVM wrote no class-data archive; the app starts without one. See " + log);
            return;
        }
        Files.move(written, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.printf("[INFO] CdsTraining: %s (%d MB) for %s%n", archive, Files.size(archive) >> 20, jar);
    }

    private static void waitForFirstAnswer(HttpClient http, Process app, int port, Path log) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            if (!app.isAlive()) {
                fail("the app exited with " + app.exitValue() + " before it answered; see " + log);
            }
            try {
                if (get(http, port, "/", "en") == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the port opens at the end of the start
            }
            Thread.sleep(100);
        }
        fail("no 200 on / within 5 minutes; see " + log);
    }

    private static int get(HttpClient http, int port, String page, String language) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + page))
                .header("Accept-Language", language)
                .header("Accept-Encoding", "gzip")
                .timeout(Duration.ofSeconds(60))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void fail(String why) {
        throw new IllegalStateException(why);
    }
}
