package org.launchledger.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Odd requests get a clear answer, never a 500. */
@QuarkusTest
class BadInputTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/no-such-page", "/missions/no-such-mission"})
    void aMalformedAcceptHeaderStillGetsAPage(String path) {
        int status = given().header("Accept", "garbage").when().get(path).then()
                .contentType(startsWith("text/html")).extract().statusCode();
        assertTrue(status < 500, path + " answered " + status);
    }

    @Test
    void aMalformedAcceptHeaderOnTheApiGetsAProblem() {
        given().header("Accept", "garbage").when().get("/api/missions/no-such-mission").then()
                .statusCode(406)
                .contentType(startsWith("application/problem+json"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"%", "_", "\\", "%_%"})
    void searchWildcardsAreTakenLiterally(String q) {
        given().queryParam("q", q).when().get("/api/people").then().statusCode(200).body("total", equalTo(0));
        given().queryParam("q", q).when().get("/api/missions").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void searchTextIsMeasuredInCharactersNotCodeUnits() {
        given().queryParam("q", "🚀".repeat(60)).when().get("/api/people").then().statusCode(200);
        given().queryParam("q", "🚀".repeat(101)).when().get("/api/people").then().statusCode(400)
                .body("parameter", equalTo("q"));
    }
}
