package org.launchledger.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesRegex;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.launchledger.contribute.LedgerCsv;
import org.launchledger.history.reference.Csv;
import org.launchledger.history.reference.ReferenceData;

/**
 * The exports give back what the reference tables say: data/reference/*.csv → import.sql → the
 * database → /api/export/*.csv is a round trip, field for field. No normalisation is needed: the
 * export writes instants at their stored precision as the tables do, and expeditions in the tables'
 * own notation (runs of three or more as "43-46", else "19/20"). Only the line ends may differ
 * (the export always ends records with CRLF), and the CSV reader reads both alike.
 */
@QuarkusTest
class ExportApiTest {

    @Inject
    SessionFactory sessionFactory;

    private static String export(String table) {
        return given().when().get("/api/export/" + table + ".csv").then().statusCode(200).extract().asString();
    }

    private static List<List<String>> reference(String table) throws IOException {
        return Csv.parse(Files.readString(ReferenceData.DIRECTORY.resolve(table + ".csv"), StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"missions", "crew", "people", "alternative-names", "stand-downs", "vehicles"})
    void exportEqualsTheReferenceTableFieldForField(String table) throws IOException {
        List<List<String>> expected = reference(table);
        List<List<String>> exported = Csv.parse(export(table));
        List<String> header = expected.get(0);
        assertEquals(header, exported.get(0), table + ".csv header");
        assertEquals(expected.size(), exported.size(), table + ".csv records");
        for (int row = 1; row < expected.size(); row++) {
            assertEquals(header.size(), exported.get(row).size(), table + ".csv row " + row + ": fields");
            for (int column = 0; column < header.size(); column++) {
                assertEquals(expected.get(row).get(column), exported.get(row).get(column),
                        table + ".csv row " + row + " (" + expected.get(row).get(0) + "), " + header.get(column));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"missions", "crew", "people", "alternative-names", "stand-downs", "vehicles"})
    void isADownloadableUtf8CsvFile(String table) {
        given().when().get("/api/export/" + table + ".csv").then()
                .statusCode(200)
                .header("Content-Type", matchesRegex("(?i)text/csv; ?charset=UTF-8"))
                .header("Content-Disposition", equalTo("attachment; filename=\"" + table + ".csv\""));
    }

    @Test
    void quotesAFieldWithCommasAndDoublesItsQuotes() {
        given().when().get("/api/export/missions.csv").then()
                .body(containsString(",nominal,,\"landing cross-check: launch+mission hours (Corlett/Stavnichuk db,"
                        + " n=6) gives 1998-12-16T03:35Z, diff 0.3 h;"));
        given().when().get("/api/export/crew.csv").then()
                .body(containsString(",Commander,Soyuz MS-13,Soyuz MS-13,,\"source: Corlett/Stavnichuk astronaut db"
                        + " (TidyTuesday 2020-07-14); descent vehicle recorded as \"\"not completed yet\"\";"));
    }

    @Test
    void quotesOnlyWhatNeedsIt() {
        String csv = new CsvTable(List.of("a", "b", "c", "d")).row("plain", "one, two", "say \"hi\"", "line\nbreak")
                .row("", null, "cr\r", "x").toString();
        assertEquals("a,b,c,d\r\nplain,\"one, two\",\"say \"\"hi\"\"\",\"line\nbreak\"\r\n,,\"cr\r\",x\r\n", csv);
        assertEquals(List.of(List.of("a", "b", "c", "d"), List.of("plain", "one, two", "say \"hi\"", "line\nbreak"),
                List.of("", "", "cr\r", "x")), Csv.parse(csv));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"''|", "7|7", "19,20|19/20", "43,44,45,46|43-46", "18,19,20,21,23|18-21/23",
            "1,2,4,5,6|1/2/4-6"})
    void writesAndReadsExpeditionsInTheReferenceNotation(String numbers, String written) {
        List<Integer> list = numbers.isEmpty() ? List.of()
                : Arrays.stream(numbers.split(",")).map(Integer::valueOf).toList();
        assertEquals(written == null ? "" : written, LedgerCsv.expeditions(list));
        // The import reads the notation back to the same numbers.
        assertEquals(list, LedgerCsv.parseExpeditions(written).orElseThrow());
    }

    @Test
    void refusesAParameterItDoesNotTakeAsEveryApiAddressDoes() {
        given().when().get("/api/export/missions.csv?since=2020").then().statusCode(400)
                .contentType("application/problem+json").body("parameter", equalTo("since"));
    }

    @Test
    void isDocumentedUnderTheExportTag() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/export/missions.csv'.get.operationId", equalTo("exportMissions"))
                .body("paths.'/api/export/crew.csv'.get.tags", hasItem("export"))
                .body("paths.'/api/export/people.csv'.get.summary", equalTo("Every person as CSV"));
    }

    @ParameterizedTest
    @CsvSource({"missions, 2", "crew, 1", "people, 1", "alternative-names, 1", "stand-downs, 1", "vehicles, 1"})
    void anExportCostsAFixedNumberOfStatements(String table, long statements) {
        // Every row and collection comes from fetch joins: a lazy load would add a statement (or a
        // batch per 500 rows), so an exact count proves the cost does not grow with the data.
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        // Drawn afresh, past web/PageCache: the export's own cost.
        given().header("Cache-Control", "no-cache").when().get("/api/export/" + table + ".csv").then().statusCode(200);
        assertEquals(statements, statistics.getPrepareStatementCount(), "statements for " + table + ".csv");
    }
}
