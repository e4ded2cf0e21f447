package org.launchledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged app ({@code target/quarkus-app/quarkus-run.jar}, built by {@code package}) as a child
 * process on a file database: writes missions through the API, SIGKILLs the process part-way, restarts
 * it on the same file and requires every write that was answered 201 to be there; then 8 clients edit
 * the same missions at once and must get only 200s and 409s, with no update lost.
 */
class CrashIT {

    static final int MISSIONS = 100;
    static final int KILL_AFTER = 40;
    static final int CLIENTS = 8;
    static final int CYCLES = 20;
    static final String PREFIX = "crash-it-";

    final ObjectMapper json = new ObjectMapper();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final String adminPassword = random(24);
    final String sessionKey = random(40);
    final List<Process> started = Collections.synchronizedList(new ArrayList<>());
    Path dir;
    int port;
    String base;
    /** Health answers on the management port, never on the public one. */
    int managementPort;
    String management;

    @AfterEach
    void stopChildren() throws Exception {
        for (Process p : started) {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
        if (dir != null) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    @Test
    void acknowledgedWritesSurviveSigkillAndConcurrentEditsLoseNothing() throws Exception {
        dir = Files.createTempDirectory("crash-it-db");
        port = freePort();
        base = "http://localhost:" + port;
        managementPort = freePort();
        management = "http://localhost:" + managementPort;

        // 1. Write missions one at a time; another thread SIGKILLs the app after the 40th 201.
        long t0 = System.nanoTime();
        Process first = start(1);
        long t1 = System.nanoTime();
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch fortieth = new CountDownLatch(1);
        Thread killer = new Thread(() -> {
            try {
                fortieth.await();
                first.destroyForcibly(); // SIGKILL on Linux
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "killer");
        killer.start();
        int attempted = 0;
        for (int i = 1; i <= MISSIONS; i++) {
            String slug = PREFIX + i;
            HttpResponse<String> r;
            attempted++;
            try {
                r = send(request("/api/missions").POST(body(mission(slug, null))));
            } catch (IOException e) {
                break; // the process is gone
            }
            assertTrue(r.statusCode() == 201, "POST " + slug + " answered " + r.statusCode() + ": " + r.body());
            acknowledged.add(slug);
            if (acknowledged.size() == KILL_AFTER) {
                fortieth.countDown();
            }
        }
        fortieth.countDown();
        killer.join();
        assertTrue(first.waitFor(10, TimeUnit.SECONDS), "the killed process exited");
        long t2 = System.nanoTime();
        assertTrue(acknowledged.size() >= KILL_AFTER && acknowledged.size() < MISSIONS,
                "the kill landed part-way (acknowledged " + acknowledged.size() + ")");

        // 2. Restart on the same file: it opens cleanly (Flyway validates, health UP) and every 201 is there.
        start(2);
        long t3 = System.nanoTime();
        HttpResponse<String> health = send(HttpRequest.newBuilder(URI.create(management + "/q/health/ready")).GET());
        assertEquals(200, health.statusCode(), health.body());
        assertEquals("UP", json.readTree(health.body()).path("status").asText(), health.body());
        List<String> lost = new ArrayList<>();
        for (String slug : acknowledged) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/api/missions/" + slug)).GET());
            if (r.statusCode() != 200) {
                lost.add(slug + " → " + r.statusCode());
            }
        }
        int found = acknowledged.size() - lost.size();
        System.out.printf("CrashIT: attempted %d, acknowledged %d, found %d after SIGKILL and restart%n",
                attempted, acknowledged.size(), found);
        assertEquals(List.of(), lost, "acknowledged writes lost after SIGKILL");

        // 3. 8 clients, read-modify-write on 3 missions at once: only 200 and 409, no lost update.
        List<String> raced = acknowledged.subList(0, 3);
        Map<String, Long> startVersion = new HashMap<>();
        for (String slug : raced) {
            startVersion.put(slug, get(slug).path("version").asLong());
        }
        record Win(String slug, long readVersion, long newVersion, String launchSite) {
        }
        List<Win> wins = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> clients = new ArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.add(pool.submit(() -> {
                go.await();
                for (int cycle = 0; cycle < CYCLES; cycle++) {
                    String slug = raced.get((client + cycle) % raced.size());
                    long read = get(slug).path("version").asLong();
                    String site = "Site of client " + client + " cycle " + cycle;
                    ObjectNode edit = mission(slug, read);
                    edit.put("launchSite", site);
                    HttpResponse<String> r = send(request("/api/missions/" + slug).PUT(body(edit)));
                    statuses.merge(r.statusCode(), 1, Integer::sum);
                    if (r.statusCode() == 200) {
                        JsonNode answered = json.readTree(r.body());
                        assertEquals(site, answered.path("launchSite").asText());
                        wins.add(new Win(slug, read, answered.path("version").asLong(), site));
                    } else if (r.statusCode() != 409) {
                        throw new AssertionError("PUT " + slug + " answered " + r.statusCode() + ": " + r.body());
                    }
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : clients) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        long t4 = System.nanoTime();
        for (String slug : raced) {
            List<Win> mine = wins.stream().filter(w -> w.slug().equals(slug)).toList();
            long distinctReads = mine.stream().mapToLong(Win::readVersion).distinct().count();
            assertEquals(mine.size(), distinctReads, slug + ": two 200s for one version read (a lost update)");
            JsonNode now = get(slug);
            long finalVersion = now.path("version").asLong();
            assertEquals(startVersion.get(slug) + mine.size(), finalVersion,
                    slug + ": the version rose by the number of 200s");
            Win last = mine.stream().max((a, b) -> Long.compare(a.newVersion(), b.newVersion())).orElseThrow();
            assertEquals(finalVersion, last.newVersion(), slug + ": final version is the last 200's");
            assertEquals(last.launchSite(), now.path("launchSite").asText(), slug + ": final state is the last 200's");
        }
        assertEquals(CLIENTS * CYCLES, statuses.values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(statuses.keySet().stream().allMatch(s -> s == 200 || s == 409), "statuses " + statuses);
        System.out.printf("CrashIT: %d edits by %d clients: %s; timings: first start %.1f s, writes until kill %.1f s,"
                        + " restart %.1f s, edits %.1f s%n", CLIENTS * CYCLES, CLIENTS, statuses,
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t4 - t3) / 1e9);
    }

    /** A valid mission of an existing vehicle: flown (in progress) before today, one source, no crew. */
    ObjectNode mission(String slug, Long version) {
        ObjectNode m = json.createObjectNode();
        m.put("slug", slug);
        m.put("designation", "Crash IT " + slug.substring(PREFIX.length()));
        m.put("vehicle", "soyuz");
        m.put("variant", "Soyuz-MS");
        m.put("launch", "2026-06-01T10:00Z");
        m.put("launchSite", "Baikonur Site 31");
        m.put("outcome", "in-progress");
        m.putArray("crew");
        m.putArray("sources").add("https://example.org/crash-it");
        if (version != null) {
            m.put("version", version);
        }
        return m;
    }

    JsonNode get(String slug) throws IOException, InterruptedException {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/api/missions/" + slug)).GET());
        assertEquals(200, r.statusCode(), "GET " + slug + ": " + r.body());
        return json.readTree(r.body());
    }

    HttpRequest.Builder request(String path) {
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

    /** Starts the packaged app on the test's database file and waits (60 s at most) until it is ready (management port). */
    Process start(int run) throws Exception {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
        assertTrue(Files.exists(jar), jar + " missing: run ./mvnw -B verify (package builds it)");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // web.Main sets vertx.disableURIValidation itself.
        ProcessBuilder pb = new ProcessBuilder(java, "-jar", jar.toString());
        pb.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        pb.environment().put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort));
        pb.environment().put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:h2:file:" + dir.resolve("ledger") + ";WRITE_DELAY=0");
        pb.environment().put("LEDGER_ADMIN_PASSWORD", adminPassword);
        pb.environment().put("LEDGER_SESSION_KEY", sessionKey);
        pb.redirectErrorStream(true);
        pb.redirectOutput(Path.of("target", "crash-it-" + run + ".log").toFile());
        Process p = pb.start();
        started.add(p);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new AssertionError("app run " + run + " exited with " + p.exitValue() + "; see target/crash-it-"
                        + run + ".log");
            }
            try {
                HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(management + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).GET());
                if (r.statusCode() == 200) {
                    return p;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("app run " + run + " not healthy within 60 s; see target/crash-it-" + run + ".log");
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
