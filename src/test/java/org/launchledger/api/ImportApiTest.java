package org.launchledger.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.launchledger.contribute.LedgerCsv;
import org.launchledger.history.CrewSeat;
import org.launchledger.history.DataVersion;
import org.launchledger.history.Mission;
import org.launchledger.history.Person;
import org.launchledger.history.RenamedSlug;

/** The CSV import: export → import round trip, new rows, all-or-nothing refusals, roles, languages. */
@QuarkusTest
class ImportApiTest {

    /** Every mission and person these tests import has a slug that starts so; removed after each test. */
    static final String PREFIX = "test-imp-";
    static final String PEOPLE_HEADER = String.join(",", LedgerCsv.PERSON_COLUMNS) + "\r\n";
    static final String MISSIONS_HEADER = String.join(",", LedgerCsv.MISSION_COLUMNS) + "\r\n";
    static final String CREW_HEADER = String.join(",", LedgerCsv.CREW_COLUMNS) + "\r\n";
    /** A person to seat: only in these tests. */
    static final String PERSON = PREFIX + "ana-pop,Ana Pop,Ana Maria Pop,RO,ROSA,https://en.wikipedia.org/wiki/Test\r\n";

    @BeforeEach
    void accounts() {
        MissionWriteApiTest.createAccounts();
    }

    @AfterEach
    void removeImportedRows() {
        QuarkusTransaction.requiringNew().run(() -> {
            CrewSeat.<CrewSeat>list("mission.slug like ?1 or person.slug like ?1", PREFIX + "%").forEach(s -> s.delete());
            Mission.flush();
            List<Mission> missions = Mission.list("slug like ?1", PREFIX + "%");
            missions.forEach(m -> m.delete());
            List<Person> people = Person.list("slug like ?1", PREFIX + "%");
            people.forEach(p -> p.delete());
            RenamedSlug.delete("oldSlug like ?1", PREFIX + "%");
            if (!missions.isEmpty() || !people.isEmpty()) {
                DataVersion.increment();
            }
        });
    }

    /** A Soyuz mission flown before the tests' fixed day; its notes need quoting (comma, quotes, line break). */
    static String mission(String suffix, String vehicle, String landing) {
        return PREFIX + suffix + ",Test Import " + suffix + "," + vehicle + ",Soyuz-MS,,Roscosmos,,2026-06-01T10:00Z,"
                + "Baikonur Site 31,2026-06-01T13:30Z,," + landing + ",in-progress,75,"
                + "\"Imported, with \"\"quotes\"\"\nand a line break\",https://example.org/test-imp " + "https://example.org/b\r\n";
    }

    static ValidatableResponse post(String role, String table, String csv) {
        return MissionWriteApiTest.as(role).contentType("text/csv; charset=UTF-8").body(csv).post("/api/import/" + table).then();
    }

    static String export(String table) {
        return given().get("/api/export/" + table).then().statusCode(200).extract().asString();
    }

    static long dataVersion() {
        return QuarkusTransaction.requiringNew().call(DataVersion::current);
    }

    static int count(java.util.function.Supplier<Long> counter) {
        return QuarkusTransaction.requiringNew().call(() -> counter.get().intValue());
    }

    @Test
    void exportImportedBackChangesNothing() {
        String people = export("people.csv");
        String missions = export("missions.csv");
        String crew = export("crew.csv");
        long version = dataVersion();
        post("admin", "people.csv", people).statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(count(() -> Person.count())));
        post("admin", "missions.csv", missions).statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(count(() -> Mission.count())));
        post("admin", "crew.csv", crew).statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(count(() -> CrewSeat.count())));
        assertEquals(people, export("people.csv"));
        assertEquals(missions, export("missions.csv"));
        assertEquals(crew, export("crew.csv"));
        assertEquals(version, dataVersion(), "an import that changes nothing leaves the data version alone");
    }

    @Test
    void newPersonMissionAndSeatAreCreatedThenRoundTrip() {
        long version = dataVersion();
        post("editor", "people.csv", PEOPLE_HEADER + PERSON).statusCode(200)
                .body("created", equalTo(1)).body("updated", equalTo(0)).body("unchanged", equalTo(0));
        post("editor", "missions.csv", MISSIONS_HEADER + mission("1", "Soyuz", "")).statusCode(200)
                .body("created", equalTo(1));
        post("editor", "crew.csv", CREW_HEADER + "Test Import 1," + PREFIX + "ana-pop,Ana Pop,Commander,,,76,seat note\r\n")
                .statusCode(200).body("created", equalTo(1));
        assertEquals(version + 3, dataVersion(), "one increment per applied record");
        given().get("/api/missions/" + PREFIX + "1").then().statusCode(200)
                .body("designation", equalTo("Test Import 1")).body("vehicle", equalTo("soyuz"))
                .body("crew.slug", equalTo(List.of(PREFIX + "ana-pop")))
                .body("sources", equalTo(List.of("https://example.org/test-imp", "https://example.org/b")));
        String missions = export("missions.csv");
        assertEquals(true, missions.contains("\"Imported, with \"\"quotes\"\"\nand a line break\""), missions);
        String crew = export("crew.csv");
        assertEquals(true, crew.contains("Test Import 1," + PREFIX + "ana-pop,Ana Pop,Commander,Test Import 1,,76,seat note"));

        // The whole dataset, the new rows included, imported back: nothing changes.
        post("editor", "missions.csv", missions).statusCode(200).body("created", equalTo(0)).body("updated", equalTo(0));
        post("editor", "crew.csv", crew).statusCode(200).body("created", equalTo(0)).body("updated", equalTo(0));
        assertEquals(version + 3, dataVersion());

        // A changed row updates its record, and only it.
        post("editor", "people.csv", PEOPLE_HEADER + PERSON.replace("ROSA", "ESA")).statusCode(200)
                .body("updated", equalTo(1)).body("created", equalTo(0));
        given().get("/api/people/" + PREFIX + "ana-pop").then().statusCode(200).body("agency", equalTo("ESA"));
        post("editor", "crew.csv", CREW_HEADER + "Test Import 1," + PREFIX + "ana-pop,,Flight Engineer,,,,\r\n")
                .statusCode(200).body("updated", equalTo(1));
        given().get("/api/missions/" + PREFIX + "1").then().body("crew.role", equalTo(List.of("Flight Engineer")));
        assertEquals(version + 5, dataVersion());
    }

    @Test
    void badRowsAreListedByRowAndColumnAndNothingIsStored() {
        long version = dataVersion();
        String csv = MISSIONS_HEADER + mission("1", "Soyuz", "") + mission("2", "Soyuz", "2026-05-01")
                + mission("3", "Soyuz", "") + mission("4", "Soyuz", "") + mission("5", "Soyuz-X", "");
        // Row 1 is the header; each mission's notes hold a line break, yet each record is one row.
        post("editor", "missions.csv", csv).statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("errors", hasSize(2))
                .body("errors.find { it.row == 3 }.field", equalTo("landing_utc"))
                .body("errors.find { it.row == 3 }.message",
                        equalTo("Row 3, column 'landing_utc' must not be before 'docking' (2026-06-01T13:30Z)."))
                .body("errors.find { it.row == 6 }.field", equalTo("vehicle_family"))
                .body("errors.find { it.row == 6 }.message", containsString("names no vehicle in the ledger (got 'Soyuz-X')"));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Mission.count("slug like ?1", PREFIX + "%")));
        assertEquals(version, dataVersion());
    }

    @Test
    void crewRowsAreCheckedAgainstPeopleAndMissions() {
        post("editor", "crew.csv", CREW_HEADER + "No Such Flight,peggy-whitson,,Commander,,,,\r\n"
                + "STS-88,nobody-at-all,,Commander,,,,\r\n"
                + "STS-88,jerry-l-ross,Someone Else,Mission Specialist,STS-99,Nowhere 1,4-2,\r\n")
                .statusCode(422)
                .body("errors.find { it.row == 2 }.field", equalTo("designation"))
                .body("errors.findAll { it.row == 3 }.field", equalTo(List.of("person_slug")))
                .body("errors.findAll { it.row == 4 }.field",
                        equalTo(List.of("person", "launched_on", "landed_on", "expeditions")));
    }

    @Test
    void onlyEditorsAndAdminsImport() {
        post("anonymous", "people.csv", PEOPLE_HEADER + PERSON).statusCode(401)
                .header("WWW-Authenticate", startsWith("Basic"))
                .contentType(startsWith("application/problem+json"));
        post("contributor", "people.csv", PEOPLE_HEADER + PERSON).statusCode(403)
                .contentType(startsWith("application/problem+json"));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Person.count("slug like ?1", PREFIX + "%")));
        post("admin", "people.csv", PEOPLE_HEADER + PERSON).statusCode(200).body("created", equalTo(1));
    }

    @Test
    void malformedFilesAreRefusedNeverA500() {
        post("editor", "people.csv", PEOPLE_HEADER + PREFIX + "x,\"Ana,RO,,,\r\n").statusCode(422)
                .body("errors[0].row", equalTo(2)).body("errors[0].message", containsString("is not CSV"));
        post("editor", "people.csv", "").statusCode(422).body("errors[0].message", containsString("the file is empty"));
        post("editor", "people.csv", "slug,name,height\r\n").statusCode(422)
                .body("errors.field", hasItem("height")).body("errors.field", hasItem("nationality"))
                .body("errors.find { it.field == 'height' }.message", containsString("is not a column"));
        post("editor", "people.csv", PEOPLE_HEADER + PREFIX + "x,Ana\r\n").statusCode(422)
                .body("errors[0].message", equalTo("Row 2 has 2 fields, but the header names 6 columns."));
        post("editor", "people.csv", PEOPLE_HEADER + PERSON + PERSON).statusCode(422)
                .body("errors[0].message", equalTo("Row 3, column 'slug' repeats the record of row 2."));
        MissionWriteApiTest.as("editor").contentType("application/json").body("{}").post("/api/import/people.csv")
                .then().statusCode(415);
        post("editor", "vehicles.csv", "slug\r\n").statusCode(404);
        post("editor", "people.csv", PEOPLE_HEADER + "x".repeat(5 * 1024 * 1024)).statusCode(413);
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Person.count("slug like ?1", PREFIX + "%")));
    }

    @Test
    void errorsAreInTheRequestLanguage() {
        String csv = PEOPLE_HEADER + PREFIX + "x,Ana,,Romania,,\r\n";
        MissionWriteApiTest.as("editor").contentType("text/csv; charset=UTF-8").body(csv).queryParam("lang", "ro")
                .post("/api/import/people.csv").then().statusCode(422)
                .body("detail", containsString("nu s-a salvat nimic"))
                .body("errors[0].message", startsWith("Rândul 2, coloana „nationality” trebuie să fie un cod de țară"));
        MissionWriteApiTest.as("editor").contentType("text/csv; charset=UTF-8").header("Accept-Language", "ro").body(csv)
                .post("/api/import/people.csv").then().statusCode(422)
                .body("errors[0].message", startsWith("Rândul 2, coloana „nationality”"));
    }
}
