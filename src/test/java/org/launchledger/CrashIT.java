package org.launchledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged app as a child process ({@link PackagedApp}: on an H2 file, or on PostgreSQL in the pom's
 * postgresql profile): writes missions through the API, SIGKILLs the process part-way, restarts it on the same
 * database and requires every write that was answered 201 to be there; then 8 clients edit the same missions
 * at once and must get only 200s and 409s, with no update lost. Both starts, the new database's and the one after the
 * kill, must log nothing a reader would take for a fault ({@link PackagedApp#assertQuietStart}).
 */
class CrashIT {

    static final int MISSIONS = 100;
    static final int KILL_AFTER = 40;
    static final int CLIENTS = 8;
    static final int CYCLES = 20;
    static final String PREFIX = "crash-it-";

    PackagedApp app;

    @AfterEach
    void stopChildren() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void acknowledgedWritesSurviveSigkillAndConcurrentEditsLoseNothing() throws Exception {
        app = new PackagedApp(PREFIX);
        if (app.postgresql()) {
            app.requirePostgresql();
        }
        int port = PackagedApp.freePort();
        String base = PackagedApp.base(port);

        // 1. Write missions one at a time; another thread SIGKILLs the app after the 40th 201.
        long t0 = System.nanoTime();
        Process first = app.start("1", port, true);
        long t1 = System.nanoTime();
        app.assertQuietStart("1");
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
                r = app.send(app.request(base, "/api/missions").POST(app.body(app.mission(slug, null))));
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

        // 2. Restart on the same database: it opens cleanly (Flyway validates, health UP) and every 201 is there.
        app.start("2", port, false);
        long t3 = System.nanoTime();
        app.assertQuietStart("2"); // after a SIGKILL too: the database recovers without a word
        HttpResponse<String> health = app.send(HttpRequest.newBuilder(URI.create(app.readiness(port))).GET());
        assertEquals(200, health.statusCode(), health.body());
        assertEquals("UP", app.json.readTree(health.body()).path("status").asText(), health.body());
        List<String> lost = new ArrayList<>();
        for (String slug : acknowledged) {
            HttpResponse<String> r = app.send(HttpRequest.newBuilder(URI.create(base + "/api/missions/" + slug)).GET());
            if (r.statusCode() != 200) {
                lost.add(slug + " → " + r.statusCode());
            }
        }
        int found = acknowledged.size() - lost.size();
        System.out.printf("CrashIT (%s): attempted %d, acknowledged %d, found %d after SIGKILL and restart%n",
                database(), attempted, acknowledged.size(), found);
        assertEquals(List.of(), lost, "acknowledged writes lost after SIGKILL");

        // 3. 8 clients, read-modify-write on 3 missions at once: only 200 and 409, no lost update.
        Map<Integer, Integer> statuses = app.raceEdits(List.of(base), acknowledged.subList(0, 3), CLIENTS, CYCLES);
        long t4 = System.nanoTime();
        System.out.printf("CrashIT (%s): %d edits by %d clients: %s; timings: first start %.1f s, writes until kill"
                        + " %.1f s, restart %.1f s, edits %.1f s%n", database(), CLIENTS * CYCLES, CLIENTS, statuses,
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t4 - t3) / 1e9);
    }

    String database() {
        return app.postgresql() ? "PostgreSQL" : "H2";
    }
}
