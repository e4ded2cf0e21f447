package org.launchledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.launchledger.contribute.LoginThrottle;

/**
 * Two packaged instances on one PostgreSQL database, as behind a load balancer (the pom's postgresql profile
 * runs it on the PostgreSQL build): a mission written through one is there at once through the other, in the
 * API and on the timeline (each instance's cached ledger follows the data version), and 8 clients editing the
 * same missions through both get only 200s and 409s, with no update lost. Failed sign-ins through one count
 * through the other.
 */
class TwoInstancesIT {

    static final String PREFIX = "two-instances-it-";

    PackagedApp app;

    @AfterEach
    void stopChildren() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aWriteThroughOneIsSeenThroughTheOtherAndConcurrentEditsLoseNothing() throws Exception {
        app = new PackagedApp(PREFIX);
        app.requirePostgresql();
        String a = PackagedApp.base(PackagedApp.freePort());
        String b = PackagedApp.base(PackagedApp.freePort());
        long t0 = System.nanoTime();
        app.start("a", URI.create(a).getPort(), true);
        app.start("b", URI.create(b).getPort(), false);
        long t1 = System.nanoTime();

        // B has drawn the timeline (its ledger is cached) before A writes.
        String first = PREFIX + "1";
        assertEquals(0, flightsTo(b, first), "not on B's timeline before the write");
        assertEquals(0, missionsFound(b, PREFIX), "nor found by B's search (its search index is built)");

        List<String> slugs = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            String slug = PREFIX + i;
            HttpResponse<String> r = app.send(app.request(a, "/api/missions").POST(app.body(app.mission(slug, null))));
            assertEquals(201, r.statusCode(), "POST " + slug + " through A: " + r.body());
            slugs.add(slug);
            // At once: no wait, no retry.
            assertEquals("IT " + i, app.get(b, slug).path("designation").asText(), "through B right after A's 201");
            assertEquals(1, flightsTo(b, slug), slug + " on B's timeline right after A's 201");
            assertEquals(i, missionsFound(b, PREFIX), "found by B's search right after A's 201");
        }

        // An edit through B is seen through A at once as well.
        long version = app.get(b, first).path("version").asLong();
        var edit = app.mission(first, version);
        edit.put("launchSite", "Baikonur Site 1");
        HttpResponse<String> put = app.send(app.request(b, "/api/missions/" + first).PUT(app.body(edit)));
        assertEquals(200, put.statusCode(), "PUT through B: " + put.body());
        assertEquals("Baikonur Site 1", app.get(a, first).path("launchSite").asText(), "through A right after B's 200");

        // Failed sign-ins are counted in the database: the limit reached through A holds through B.
        String name = PREFIX + "throttled";
        for (int attempt = 1; attempt <= LoginThrottle.LIMIT; attempt++) {
            assertEquals(302, signIn(a, name, "wrong-" + attempt).statusCode(), "failed sign-in " + attempt + " through A");
        }
        assertEquals(429, signIn(b, name, "wrong-again").statusCode(), "the next attempt, through B");

        long t2 = System.nanoTime();
        Map<Integer, Integer> statuses = app.raceEdits(List.of(a, b), slugs, CrashIT.CLIENTS, CrashIT.CYCLES);
        long t3 = System.nanoTime();
        System.out.printf("TwoInstancesIT: %d edits by %d clients through two instances: %s; timings: two starts"
                        + " %.1f s, writes and reads %.1f s, edits %.1f s%n", CrashIT.CLIENTS * CrashIT.CYCLES,
                CrashIT.CLIENTS, statuses, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9);
    }

    /** A sign-in with the login form through {@code base}. */
    HttpResponse<String> signIn(String base, String name, String password) throws Exception {
        String form = "j_username=" + URLEncoder.encode(name, StandardCharsets.UTF_8)
                + "&j_password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return app.send(HttpRequest.newBuilder(URI.create(base + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** How many missions the search API, as served by {@code base}, finds for {@code text}. */
    long missionsFound(String base, String text) throws Exception {
        HttpResponse<String> r = app.send(HttpRequest.newBuilder(URI.create(base + "/api/search?q="
                + URLEncoder.encode(text, StandardCharsets.UTF_8))).GET());
        assertEquals(200, r.statusCode(), "GET /api/search through " + base + ": " + r.body());
        return app.json.readTree(r.body()).path("missions").path("total").asLong(-1);
    }

    /** How many flights on the home page's timeline, as served by {@code base}, link to the mission. */
    int flightsTo(String base, String slug) throws Exception {
        HttpResponse<String> r = app.send(HttpRequest.newBuilder(URI.create(base + "/")).GET());
        assertEquals(200, r.statusCode(), "GET / through " + base);
        Document page = Jsoup.parse(r.body());
        return page.select("svg.timeline a.flight[href=/missions/" + slug + "]").size();
    }
}
