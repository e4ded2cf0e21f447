package org.launchledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.launchledger.web.Prerequisites;

/**
 * The packaged app run as child processes, for the *IT tests: by default {@code target/launch-ledger-runner.jar}
 * (the H2 build, built by {@code package}, with its class-data archive) on an H2 file in a temporary directory; with the system property
 * {@code ledger.it.jdbc-url} (set by the pom's postgresql profile) the jar named by {@code ledger.it.app} on
 * that database, which the first start empties (Flyway clean) so every run begins from the migrations and the
 * seed. Every instance shares one admin password and one session key, so they are interchangeable behind a
 * load balancer. {@link #close()} SIGKILLs whatever is still running and deletes the temporary directory.
 */
final class PackagedApp implements AutoCloseable {

    /** Where the mission JSON of {@link #mission} puts the slug's number. */
    final String prefix;
    final ObjectMapper json = new ObjectMapper();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final String adminPassword = random(24);
    final String sessionKey = random(40);
    final List<Process> started = Collections.synchronizedList(new ArrayList<>());
    /** More environment variables for every start, set after the instance's own (which they may replace). */
    final Map<String, String> environment = new java.util.HashMap<>();
    final Path jar = Path.of(System.getProperty("ledger.it.app", README_JAR));
    final String jdbcUrl = System.getProperty("ledger.it.jdbc-url");
    final Path dir;

    /**
     * @param prefix the slugs' prefix, also the log files' ({@code target/<prefix><database>-<run>.log})
     * @throws IOException when the temporary directory cannot be made
     */
    PackagedApp(String prefix) throws IOException {
        this.prefix = prefix;
        this.dir = Files.createTempDirectory(prefix + "db");
    }

    /** Whether the instances run on the configured PostgreSQL rather than an H2 file. */
    boolean postgresql() {
        return jdbcUrl != null && !jdbcUrl.isBlank();
    }

    /** Skips (outside CI) or fails (in CI) the calling test unless the configured PostgreSQL answers. */
    void requirePostgresql() {
        Prerequisites.require(postgresql(), "no PostgreSQL configured (LEDGER_PG_URL; see the README)");
        try (Connection ignored = DriverManager.getConnection(jdbcUrl, System.getProperty("ledger.it.jdbc-user"),
                System.getProperty("ledger.it.jdbc-password"))) {
            // reachable
        } catch (SQLException e) {
            Prerequisites.require(false, "PostgreSQL at " + jdbcUrl + " does not answer (" + e.getMessage() + ")");
        }
    }

    /** The jar the README's run command starts. */
    static final String README_JAR = "target/launch-ledger-runner.jar";

    /** The JVM option that names the class-data archive, made for {@link #README_JAR} alone. */
    static final String ARCHIVE_OPTION = "-XX:SharedArchiveFile=";

    /** The README's run command, whose JVM options every instance starts with: the app is tried as users run it. */
    private static final Pattern RUN_COMMAND =
            Pattern.compile("(?m)^\\./mvnw .*&& java (.*)-jar " + Pattern.quote(README_JAR) + "$");

    /** The JVM options of the README's run command (the heap and compiler settings its memory figures hold for). */
    static final List<String> JAVA_OPTIONS = readmeJavaOptions();

    private static List<String> readmeJavaOptions() {
        try {
            Matcher run = RUN_COMMAND.matcher(Files.readString(Path.of("README.md")));
            if (!run.find()) {
                throw new IllegalStateException("README.md has no run command ./mvnw ... && java ... -jar " + README_JAR);
            }
            return List.of(run.group(1).strip().split("\\s+"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The README's Linux-only JVM option, which the JVM refuses to start with on other systems. */
    static final String LINUX_ONLY_OPTION = "-XX:+UseTransparentHugePages";

    /** Whether this JVM's system knows the option (the README says to leave the Linux-only one out elsewhere). */
    static boolean knownHere(String option) {
        return !option.equals(LINUX_ONLY_OPTION) || System.getProperty("os.name", "").startsWith("Linux");
    }

    /** Each instance's management port, by its public port (kept across restarts). */
    final Map<Integer, Integer> managementPorts = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Starts an instance and waits (180 s at most: a new database is migrated and seeded first, and CI machines
     * are shared) for its readiness check (on its own management port) to answer 200.
     *
     * @param run names the log file; {@code emptyDatabase} empties a PostgreSQL database first (H2 files
     *            start empty in the temporary directory anyway)
     */
    Process start(String run, int port, boolean emptyDatabase) throws Exception {
        assertTrue(Files.exists(jar), jar + " missing: run ./mvnw -B verify (package builds it)");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // web.Main sets vertx.disableURIValidation itself.
        List<String> command = new ArrayList<>(List.of(java));
        for (String option : JAVA_OPTIONS) {
            // The class-data archive belongs to the README's jar: with another (the PostgreSQL build) the JVM
            // would only warn that it does not match.
            if ((jar.equals(Path.of(README_JAR)) || !option.startsWith(ARCHIVE_OPTION)) && knownHere(option)) {
                command.add(option);
            }
        }
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder pb = new ProcessBuilder(command);
        Map<String, String> env = pb.environment();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        // Health answers on the management port only, never on the public one.
        int managementPort = managementPorts.computeIfAbsent(port, p -> {
            try {
                return freePort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort));
        if (postgresql()) {
            env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
            env.put("QUARKUS_DATASOURCE_USERNAME", System.getProperty("ledger.it.jdbc-user", ""));
            env.put("QUARKUS_DATASOURCE_PASSWORD", System.getProperty("ledger.it.jdbc-password", ""));
            env.put("QUARKUS_FLYWAY_CLEAN_AT_START", String.valueOf(emptyDatabase));
        } else {
            env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:h2:file:" + dir.resolve("ledger") + ";WRITE_DELAY=0");
        }
        env.put("LEDGER_ADMIN_PASSWORD", adminPassword);
        env.put("LEDGER_SESSION_KEY", sessionKey);
        env.putAll(environment);
        Path log = log(run);
        pb.redirectErrorStream(true);
        pb.redirectOutput(log.toFile());
        Process p = pb.start();
        started.add(p);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new AssertionError("app run " + run + " exited with " + p.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(readiness(port)))
                        .timeout(Duration.ofSeconds(2)).GET());
                if (r.statusCode() == 200) {
                    return p;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("app run " + run + " not healthy within 180 s; see " + log);
    }

    /** The file that run {@code run}'s output goes to. */
    Path log(String run) {
        return Path.of("target", prefix + (postgresql() ? "postgresql-" : "h2-") + run + ".log");
    }

    /** A log line as the app writes it: time, level, [logger], (thread), message. */
    private static final Pattern LOG_LINE =
            Pattern.compile("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3} +(\\w+) +\\[([^\\]]+)\\]");

    /** Loggers whose INFO lines a start may show: Quarkus's own start lines, Flyway's migration, the app's. */
    private static final List<String> START_LOGGERS =
            List.of("io.quarkus", "org.flywaydb.core", "org.launchledger", "db.migration");

    /**
     * Requires run {@code run}'s start, up to Quarkus's "started in" line, to say only what whoever runs the app
     * needs: INFO lines from {@link #START_LOGGERS}, nothing above INFO (the instances get an admin password and
     * a session key, so the app has nothing to warn about), no library's bookkeeping.
     */
    void assertQuietStart(String run) throws IOException {
        List<String> lines = Files.readAllLines(log(run), StandardCharsets.UTF_8);
        int started = -1;
        for (int i = 0; i < lines.size() && started < 0; i++) {
            if (lines.get(i).contains("started in")) {
                started = i;
            }
        }
        assertTrue(started >= 0, log(run) + " has no \"started in\" line");
        int logged = 0;
        for (String line : lines.subList(0, started + 1)) {
            Matcher m = LOG_LINE.matcher(line);
            if (!m.find()) {
                continue; // the banner, or a stack trace's lines (whose first line is a log line, and fails)
            }
            logged++;
            String level = m.group(1);
            String logger = m.group(2);
            assertEquals("INFO", level, () -> log(run) + ": a start should not warn: " + line);
            assertTrue(START_LOGGERS.stream().anyMatch(logger::startsWith),
                    () -> log(run) + ": a start line from a library's internals: " + line);
        }
        assertTrue(logged > 0, log(run) + " has no log line before \"started in\"");
    }

    static String base(int port) {
        return "http://localhost:" + port;
    }

    /** The readiness check of the instance on {@code port}, on its management port. */
    String readiness(int port) {
        return "http://localhost:" + managementPorts.get(port) + "/q/health/ready";
    }

    /** A valid mission of an existing vehicle: flown (in progress) before today, one source, no crew. */
    ObjectNode mission(String slug, Long version) {
        ObjectNode m = json.createObjectNode();
        m.put("slug", slug);
        m.put("designation", "IT " + slug.substring(prefix.length()));
        m.put("vehicle", "soyuz");
        m.put("variant", "Soyuz-MS");
        m.put("launch", "2026-06-01T10:00Z");
        m.put("launchSite", "Baikonur Site 31");
        m.put("outcome", "in-progress");
        m.putArray("crew");
        m.putArray("sources").add("https://example.org/" + prefix);
        if (version != null) {
            m.put("version", version);
        }
        return m;
    }

    /** The mission as the read API answers it through {@code base}; fails unless 200. */
    JsonNode get(String base, String slug) throws IOException, InterruptedException {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/api/missions/" + slug)).GET());
        assertEquals(200, r.statusCode(), "GET " + slug + " through " + base + ": " + r.body());
        return json.readTree(r.body());
    }

    /** A JSON request to {@code base + path}, signed in as admin with HTTP Basic. */
    HttpRequest.Builder request(String base, String path) {
        String basic = Base64.getEncoder().encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json");
    }

    HttpRequest.BodyPublisher body(JsonNode node) throws IOException {
        return HttpRequest.BodyPublishers.ofString(json.writeValueAsString(node));
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * {@code clients} clients read-modify-write {@code slugs} at once, {@code cycles} times each, and every answer
     * must be 200 or 409 with no update lost: each 200 was based on a version no other 200 used, each mission's
     * version rose by its number of 200s, and its final state (read through every instance) is the last 200's.
     * With several instances a client reads through one and writes through the next, as a load balancer may.
     *
     * @return how many answers had each status
     */
    Map<Integer, Integer> raceEdits(List<String> bases, List<String> slugs, int clients, int cycles) throws Exception {
        Map<String, Long> startVersion = new HashMap<>();
        for (String slug : slugs) {
            startVersion.put(slug, get(bases.get(0), slug).path("version").asLong());
        }
        record Win(String slug, long readVersion, long newVersion, String launchSite) {
        }
        List<Win> wins = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        for (int c = 0; c < clients; c++) {
            int client = c;
            running.add(pool.submit(() -> {
                go.await();
                for (int cycle = 0; cycle < cycles; cycle++) {
                    String slug = slugs.get((client + cycle) % slugs.size());
                    String readThrough = bases.get((client + cycle) % bases.size());
                    String writeThrough = bases.get((client + cycle + 1) % bases.size());
                    long read = get(readThrough, slug).path("version").asLong();
                    String site = "Site of client " + client + " cycle " + cycle;
                    ObjectNode edit = mission(slug, read);
                    edit.put("launchSite", site);
                    HttpResponse<String> r = send(request(writeThrough, "/api/missions/" + slug).PUT(body(edit)));
                    statuses.merge(r.statusCode(), 1, Integer::sum);
                    if (r.statusCode() == 200) {
                        JsonNode answered = json.readTree(r.body());
                        assertEquals(site, answered.path("launchSite").asText());
                        wins.add(new Win(slug, read, answered.path("version").asLong(), site));
                    } else if (r.statusCode() != 409) {
                        throw new AssertionError("PUT " + slug + " through " + writeThrough + " answered "
                                + r.statusCode() + ": " + r.body());
                    }
                }
                return null;
            }));
        }
        go.countDown();
        // Generous: every request checks a bcrypt password, and CI machines are shared.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        try {
            for (Future<?> f : running) {
                f.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        for (String slug : slugs) {
            List<Win> mine = wins.stream().filter(w -> w.slug().equals(slug)).toList();
            long distinctReads = mine.stream().mapToLong(Win::readVersion).distinct().count();
            assertEquals(mine.size(), distinctReads, slug + ": two 200s for one version read (a lost update)");
            Win last = mine.stream().max(Comparator.comparingLong(Win::newVersion)).orElseThrow();
            for (String base : bases) {
                JsonNode now = get(base, slug);
                long finalVersion = now.path("version").asLong();
                assertEquals(startVersion.get(slug) + mine.size(), finalVersion,
                        slug + " through " + base + ": the version rose by the number of 200s");
                assertEquals(finalVersion, last.newVersion(), slug + " through " + base + ": final version is the last 200's");
                assertEquals(last.launchSite(), now.path("launchSite").asText(),
                        slug + " through " + base + ": final state is the last 200's");
            }
        }
        assertEquals(clients * cycles, statuses.values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(statuses.keySet().stream().allMatch(s -> s == 200 || s == 409), "statuses " + statuses);
        return statuses;
    }

    @Override
    public void close() throws Exception {
        for (Process p : started) {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static String random(int length) {
        byte[] bytes = new byte[length];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).substring(0, length);
    }
}
