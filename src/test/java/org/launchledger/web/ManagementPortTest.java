package org.launchledger.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Health and metrics answer on the management port only; the API's description stays public. */
@QuarkusTest
class ManagementPortTest {

    /** The management interface's root path, {@code /q/}, on its own port. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    @TestHTTPResource("/")
    URL site;

    /** {@code path} (from the root) on the server of {@code base}. */
    private static String on(URL base, String path) {
        return URI.create(base.toString()).resolve(path).toString();
    }

    @Test
    void managementIsItsOwnPort() {
        assertNotEquals(site.getPort(), management.getPort());
    }

    @Test
    void readinessChecksTheDatabase() {
        given().when().get(on(management, "/q/health/ready")).then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database connections health check")));
        given().when().get(on(management, "/q/health/live")).then().statusCode(200).body("status", equalTo("UP"));
        given().when().get(on(management, "/q/health")).then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsArePrometheusTextWithHttpTimingsByRoute() {
        given().when().get(on(site, "/missions/sts-135")).then().statusCode(200);
        given().accept("text/plain").when().get(on(management, "/q/metrics")).then().statusCode(200)
                .contentType(containsString("text/plain"))
                .body(containsString("# TYPE http_server_requests_seconds summary"))
                // One series per route, not per slug: the address a reader asked for stays out of the labels.
                .body(containsString("uri=\"/missions/{slug}\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/health", "/q/health/ready", "/q/health/live", "/q/metrics"})
    void healthAndMetricsAreNotOnThePublicPort(String path) {
        given().when().get(on(site, path)).then().statusCode(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/openapi", "/q/swagger-ui/"})
    void theApiDescriptionStaysPublic(String path) {
        given().when().get(on(site, path)).then().statusCode(200);
    }
}
