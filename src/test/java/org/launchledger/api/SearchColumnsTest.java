package org.launchledger.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.launchledger.history.Mission;
import org.launchledger.history.Person;

/**
 * Search reads the folded search columns (V11), so they must follow every write: the seed's rows
 * are filled after migrating, and the app's own writes fill them, alternative names included.
 */
@QuarkusTest
class SearchColumnsTest {

    @BeforeEach
    void accounts() {
        MissionWriteApiTest.createAccounts();
    }

    @AfterEach
    void removeWrittenRows() {
        MissionWriteApiTest.removeRows();
        QuarkusTransaction.requiringNew().run(() -> Person.<Person>list("slug like ?1", PersonWriteApiTest.PREFIX + "%")
                .forEach(p -> p.delete()));
    }

    @Test
    void everySeededRowHasItsSearchColumn() {
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(0, Mission.count("search is null"), "missions without a search column");
            assertEquals(0, Person.count("search is null"), "people without a search column");
        });
        // Every search column holds what the app folds, those import.sql writes (SeedScriptTest) included.
        QuarkusTransaction.requiringNew().run(() -> {
            List<Mission> missions = Mission.listAll();
            assertFalse(missions.isEmpty());
            missions.forEach(m -> assertEquals(Mission.searchText(m.slug, m.designation), m.search, m.slug));
            List<Person> people = Person.listAll();
            assertFalse(people.isEmpty());
            people.forEach(p -> assertEquals(Person.searchText(p.slug, p.name, p.fullName,
                    p.alternativeNames.stream().map(n -> n.folded).toList()), p.search, p.slug));
        });
        // Filled from the seed's alternative names: the name in its own script finds the person.
        given().queryParam("q", "Новицкий").get("/api/people").then().statusCode(200)
                .body("items.slug", contains("oleg-novitsky"));
    }

    @Test
    void aPersonIsFoundByTheAlternativeNamesOfTheirLatestWrite() {
        Map<String, Object> person = PersonWriteApiTest.person("srch");
        PersonWriteApiTest.as("admin").contentType("application/json").body(person)
                .post("/api/people").then().statusCode(201);
        String slug = PersonWriteApiTest.PREFIX + "srch";
        found("Zyxquorbel", slug);

        // Only the alternative names change: the row's own columns stay as they were.
        person.put("alternativeNames", List.of(Map.of("name", "Quaxlomber Srch", "kind", "romanisation",
                "source", "https://example.org/names")));
        person.put("version", PersonWriteApiTest.version(slug));
        PersonWriteApiTest.as("admin").contentType("application/json").body(person)
                .put("/api/people/" + slug).then().statusCode(200);
        found("quaxlomber", slug);
        given().queryParam("q", "Zyxquorbel").get("/api/people").then().statusCode(200).body("items", empty());
    }

    @Test
    void aMissionIsFoundByItsLatestDesignation() {
        Map<String, Object> mission = MissionWriteApiTest.mission("srch");
        mission.put("designation", "Plumbago Srch-1");
        PersonWriteApiTest.as("admin").contentType("application/json").body(mission)
                .post("/api/missions").then().statusCode(201);
        String slug = MissionWriteApiTest.PREFIX + "srch";
        given().queryParam("q", "plumbago srch").get("/api/missions").then().statusCode(200)
                .body("items.slug", contains(slug));

        mission.put("designation", "Hollyhock Srch-1");
        mission.put("version", given().get("/api/missions/" + slug).then().extract().jsonPath().getLong("version"));
        PersonWriteApiTest.as("admin").contentType("application/json").body(mission)
                .put("/api/missions/" + slug).then().statusCode(200);
        given().queryParam("q", "HOLLYHOCK").get("/api/missions").then().statusCode(200)
                .body("items.slug", contains(slug));
        given().queryParam("q", "plumbago").get("/api/missions").then().statusCode(200).body("items", empty());
    }

    private static void found(String text, String slug) {
        given().queryParam("q", text).get("/api/people").then().statusCode(200).body("items.slug", contains(slug));
    }
}
