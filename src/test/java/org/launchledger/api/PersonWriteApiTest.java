package org.launchledger.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.launchledger.contribute.PendingChange;
import org.launchledger.contribute.Role;
import org.launchledger.contribute.User;
import org.launchledger.history.DataVersion;
import org.launchledger.history.Person;
import org.launchledger.history.RenamedSlug;

/** The JSON write path for people: who may write, the rules a person keeps, review, deletion. */
@QuarkusTest
class PersonWriteApiTest {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "test-admin-password";
    static final String CONTRIBUTOR = "api-contributor";
    static final String EDITOR = "api-editor";
    static final String PASSWORD = "api-test-password";
    /** Every person these tests write has a slug that starts so; removed after each test. */
    static final String PREFIX = "test-pp-";

    @BeforeEach
    void accounts() {
        QuarkusTransaction.requiringNew().run(() -> {
            if (!User.nameTaken(CONTRIBUTOR)) {
                User.create(CONTRIBUTOR, PASSWORD, Role.CONTRIBUTOR, Instant.now()).persist();
            }
            if (!User.nameTaken(EDITOR)) {
                User.create(EDITOR, PASSWORD, Role.EDITOR, Instant.now()).persist();
            }
        });
    }

    @AfterEach
    void removeWrittenRows() {
        QuarkusTransaction.requiringNew().run(() -> {
            List<Person> written = Person.list("slug like ?1", PREFIX + "%");
            written.forEach(p -> p.delete());
            RenamedSlug.delete("kind = ?1 and oldSlug like ?2", "person", PREFIX + "%");
            PendingChange.delete("author in ?1", List.of(CONTRIBUTOR, EDITOR, ADMIN));
            if (!written.isEmpty()) {
                DataVersion.increment();
            }
        });
    }

    static Map<String, Object> person(String suffix) {
        Map<String, Object> p = new HashMap<>();
        p.put("slug", PREFIX + suffix);
        p.put("name", "Testa Person " + suffix);
        p.put("fullName", "Testa Maria Person " + suffix);
        p.put("nationality", "RO");
        p.put("agency", "ROSA");
        p.put("wikipedia", "https://en.wikipedia.org/wiki/Test");
        p.put("alternativeNames", List.of(Map.of("name", "Zyxquorbel " + suffix, "kind", "romanisation",
                "source", "https://example.org/names")));
        return p;
    }

    static RequestSpecification as(String role) {
        RequestSpecification request = given().redirects().follow(false);
        return switch (role) {
            case "anonymous" -> request;
            case "contributor" -> request.auth().preemptive().basic(CONTRIBUTOR, PASSWORD);
            case "editor" -> request.auth().preemptive().basic(EDITOR, PASSWORD);
            case "admin" -> request.auth().preemptive().basic(ADMIN, ADMIN_PASSWORD);
            default -> throw new IllegalArgumentException(role);
        };
    }

    static ValidatableResponse post(String role, Map<String, Object> body) {
        return as(role).contentType("application/json").body(body).post("/api/people").then();
    }

    static long version(String slug) {
        return given().get("/api/people/" + slug).then().statusCode(200).extract().jsonPath().getLong("version");
    }

    @ParameterizedTest(name = "{0} as {1} → {2}")
    @CsvSource({
            "POST,   anonymous,   401",
            "POST,   contributor, 202",
            "POST,   editor,      201",
            "POST,   admin,       201",
            "PUT,    anonymous,   401",
            "PUT,    contributor, 202",
            "PUT,    editor,      200",
            "PUT,    admin,       200",
            "DELETE, anonymous,   401",
            "DELETE, contributor, 403",
            "DELETE, editor,      204",
            "DELETE, admin,       204",
    })
    void statusesByRouteAndRole(String method, String role, int status) {
        String slug = PREFIX + "route";
        Map<String, Object> body = person("route");
        if (!method.equals("POST")) {
            post("editor", body).statusCode(201);
            body.put("version", version(slug));
            body.put("name", "Renamed Route");
        }
        RequestSpecification request = as(role).contentType("application/json");
        switch (method) {
            case "POST" -> request.body(body).post("/api/people").then().statusCode(status);
            case "PUT" -> request.body(body).put("/api/people/" + slug).then().statusCode(status);
            default -> request.delete("/api/people/" + slug).then().statusCode(status);
        }
    }

    @Test
    void createdPersonIsReadableAndFoundByAlternativeName() {
        post("editor", person("made")).statusCode(201)
                .header("Location", equalTo("/api/people/" + PREFIX + "made"))
                .body("slug", equalTo(PREFIX + "made"));
        given().get("/api/people/" + PREFIX + "made").then().statusCode(200)
                .body("name", equalTo("Testa Person made"))
                .body("nationality", equalTo("RO"))
                .body("alternativeNames[0].kind", equalTo("romanisation"))
                .body("flights", hasSize(0));
        given().queryParam("q", "Zyxquorbel made").get("/api/search").then().statusCode(200)
                .body("people.items.slug", hasItem(PREFIX + "made"));
    }

    @Test
    void appliedChangesIncrementTheDataVersion() {
        long before = QuarkusTransaction.requiringNew().call(DataVersion::current);
        post("admin", person("dv")).statusCode(201);
        long after = QuarkusTransaction.requiringNew().call(DataVersion::current);
        assertTrue(after > before);
    }

    @Test
    void contributorProposalIsInvisibleUntilApproved() {
        long id = post("contributor", person("prop")).statusCode(202).body("status", equalTo("pending"))
                .extract().jsonPath().getLong("changeId");
        given().get("/api/people/" + PREFIX + "prop").then().statusCode(404);
        as("editor").get("/api/review").then().statusCode(200).body("kind", hasItem("person.create"));
        as("editor").contentType("application/json").post("/api/review/" + id + "/approve").then()
                .statusCode(200).body("status", equalTo("approved"));
        given().get("/api/people/" + PREFIX + "prop").then().statusCode(200)
                .body("alternativeNames[0].name", equalTo("Zyxquorbel prop"));
    }

    @Test
    void contributorUpdateAppliesOnApproval() {
        post("editor", person("upd")).statusCode(201);
        Map<String, Object> body = person("upd");
        body.put("version", version(PREFIX + "upd"));
        body.put("agency", "ESA");
        long id = as("contributor").contentType("application/json").body(body).put("/api/people/" + PREFIX + "upd")
                .then().statusCode(202).extract().jsonPath().getLong("changeId");
        as("admin").contentType("application/json").post("/api/review/" + id + "/approve").then().statusCode(200);
        given().get("/api/people/" + PREFIX + "upd").then().statusCode(200).body("agency", equalTo("ESA"));
    }

    @Test
    void renamedSlugRedirectsAndStaleVersionConflicts() {
        post("editor", person("old")).statusCode(201);
        long v = version(PREFIX + "old");
        Map<String, Object> body = person("new");
        body.put("version", v);
        as("editor").contentType("application/json").body(body).put("/api/people/" + PREFIX + "old").then()
                .statusCode(200).body("slug", equalTo(PREFIX + "new"));
        given().redirects().follow(false).get("/api/people/" + PREFIX + "old").then().statusCode(301)
                .header("Location", equalTo("/api/people/" + PREFIX + "new"));
        // The same (now stale) version again.
        as("editor").contentType("application/json").body(body).put("/api/people/" + PREFIX + "new").then()
                .statusCode(409);
    }

    @Test
    void deleteRefusedForSomeoneWithSeatsAllowedForNewPerson() {
        as("editor").delete("/api/people/peggy-whitson").then().statusCode(409);
        given().get("/api/people/peggy-whitson").then().statusCode(200);
        post("editor", person("gone")).statusCode(201);
        as("admin").delete("/api/people/" + PREFIX + "gone").then().statusCode(204);
        given().get("/api/people/" + PREFIX + "gone").then().statusCode(404);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "slug=               | slug                      | Field 'slug' is required",
            "name=               | name                      | Field 'name' is required",
            "nationality=        | nationality               | Field 'nationality' is required",
            "slug=Bad Slug       | slug                      | Field 'slug' must be lower-case",
            "slug=peggy-whitson  | slug                      | Field 'slug' is already used by another person",
            "name=LONG           | name                      | Field 'name' must be at most 120",
            "nationality=XX      | nationality               | Field 'nationality' must be an ISO 3166",
            "wikipedia=ftp://x.org/a | wikipedia             | Field 'wikipedia' must be an http or https",
            "source=file:///etc  | alternativeNames[0].source | Field 'alternativeNames[0].source' must be an http or https",
            "kind=nickname       | alternativeNames[0].kind  | Field 'alternativeNames[0].kind' must be one of",
    })
    void eachRuleIsReported(String change, String field, String message) {
        Map<String, Object> body = person("rule");
        String key = change.substring(0, change.indexOf('='));
        String value = change.substring(change.indexOf('=') + 1);
        if (value.equals("LONG")) {
            value = "x".repeat(121);
        }
        if (key.equals("source") || key.equals("kind")) {
            Map<String, Object> name = new HashMap<>(Map.of("name", "Alt", "kind", "romanisation",
                    "source", "https://example.org"));
            name.put(key, value);
            body.put("alternativeNames", List.of(name));
        } else {
            body.put(key, value.isEmpty() ? null : value);
        }
        post("editor", body).statusCode(422)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", startsWith(message));
    }

    @Test
    void everyBrokenRuleAtOnce() {
        Map<String, Object> body = person("several");
        body.put("name", null);
        body.put("nationality", "ZZ");
        body.put("wikipedia", "not a url");
        post("editor", body).statusCode(422)
                .body("detail", equalTo("The request breaks 3 rules; nothing was stored."))
                .body("errors.field", hasItems("name", "nationality", "wikipedia"));
        given().get("/api/people/" + PREFIX + "several").then().statusCode(404);
    }

    @Test
    void reportsRulesInRomanian() {
        Map<String, Object> body = person("ro");
        body.remove("name");
        as("editor").header("Accept-Language", "ro").contentType("application/json").body(body)
                .post("/api/people").then().statusCode(422)
                .body("errors.message", hasItem("Câmpul „name” este obligatoriu."));
    }
}
