package org.launchledger.timeline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.launchledger.history.HypotheticalFlight;

/**
 * Nothing about a particular mission or date is written in the code: add a made-up vehicle that
 * flew a crew in 2015, and the segments, the eras and the headline all follow.
 */
@QuarkusTest
class HypotheticalVehicleTest {

    private static final String VEHICLE = "test-capsule";

    private static final HypotheticalFlight FLIGHT = new HypotheticalFlight(VEHICLE, "Test Capsule", "CN", "test-1",
            "Test-1", Instant.parse("2015-06-01T12:00:00Z"), "test-taikonaut", "Test Taikonaut");

    @BeforeEach
    void addAVehicleThatEndsRussiasSoleAccessIn2015() {
        FLIGHT.add();
    }

    @AfterEach
    void removeIt() {
        FLIGHT.remove();
    }

    @Test
    void segmentsAndErasFollowTheData() {
        var access = given().when().get("/api/access").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> eras = access.getList("eras");
        Map<String, Object> russia = eras.stream()
                .filter(e -> "RU".equals(e.get("country")) && "2011-07-21T09:57:54Z".equals(e.get("from")))
                .findFirst().orElseThrow();
        assertEquals("2015-06-01T12:00Z", russia.get("to"));
        assertEquals("test-1", russia.get("endedBy"));
        given().when().get("/api/access").then()
                .body("segments.find { it.from == '2015-06-01T12:00Z' }.countries", equalTo(List.of("CN", "RU")))
                .body("segments[-1].vehicles", hasItem(VEHICLE));
    }

    @Test
    void theHeadlineAndTheChartFollowTheData() {
        var page = Jsoup.parse(given().when().get("/").then().statusCode(200).extract().asString());
        Element headline = page.selectFirst(".headline .lead");
        assertTrue(headline.text().contains("3 years, 10 months, 11 days"), headline.text());
        assertEquals("/missions/test-1", headline.select("a").get(1).attr("href"));
        assertTrue(page.selectFirst(".headline .second") == null, "no second crewed Test Capsule flight exists");
        Element lane = page.selectFirst("svg.timeline .lane[data-vehicle=test-capsule]");
        assertTrue(lane.hasClass("tone-k2"), "the third country to gain access takes the third tone: " + lane.className());
        assertTrue(page.select("figcaption .legend li").eachText().contains("China only"));
    }
}
