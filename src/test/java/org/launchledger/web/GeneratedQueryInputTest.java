package org.launchledger.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Generated bad values for every query parameter and path value of the read routes (issue 11):
 * each answer is a 4xx naming the parameter (problem+json {@code parameter}, or the page's text),
 * never a 5xx; free text (search) may find nothing, but never comes back as live markup.
 */
@QuarkusTest
class GeneratedQueryInputTest {

    private static final String SCRIPT = "<script>alert(1)</script>";

    /** Every route and the parameters it takes, the ones that take any text apart. */
    private static final Map<String, List<String>> PARAMETERS = Map.of(
            "/", List.of("from", "to", "vehicle"),
            "/missions", List.of("page", "size", "vehicle", "year", "from", "to", "country", "outcome", "sort"),
            "/people", List.of("page", "size", "nationality", "agency"),
            "/api/missions", List.of("page", "size", "vehicle", "year", "from", "to", "country", "outcome", "sort"),
            "/api/people", List.of("page", "size", "nationality", "agency"),
            "/timeline.svg", List.of("from", "to", "vehicle"),
            "/embed/timeline", List.of("from", "to", "vehicle"));

    private static final List<String> FREE_TEXT = List.of("/search?q=", "/missions?q=", "/people?q=",
            "/api/missions?q=", "/api/people?q=");

    @Test
    void everyParameterRefusesGeneratedBadValuesNamingItself() {
        List<String> values = BadValues.concat(BadValues.structured(3), BadValues.dates(2), BadValues.nul(),
                List.of("-1", "0x10", "99999999999999999999", BadValues.huge(300)));
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Map.Entry<String, List<String>> route : PARAMETERS.entrySet()) {
            for (String parameter : route.getValue()) {
                for (String value : values) {
                    Response response = get(route.getKey() + "?" + parameter + "=" + encode(value));
                    sent++;
                    String problem = refusalProblem(response, parameter);
                    if (problem != null) {
                        failures.add(route.getKey() + "?" + parameter + "=" + shown(value) + " → " + problem);
                    }
                }
            }
        }
        assertThat(sent, greaterThanOrEqualTo(250));
        assertThat(String.join("\n", failures), failures, empty());
    }

    @Test
    void pathValuesAndFreeTextNeverFailAndNeverEchoMarkup() {
        List<String> values = BadValues.concat(BadValues.structured(6), BadValues.dates(4), BadValues.nul(),
                List.of("%", "_", "\\", BadValues.huge(100)));
        List<String> failures = new ArrayList<>();
        for (String value : values) {
            String encoded = encode(value).replace("+", "%20");
            for (String path : List.of("/on/" + encoded, "/api/on/" + encoded, "/present/" + encoded,
                    "/missions/" + encoded, "/people/" + encoded, "/vehicles/" + encoded, "/expeditions/" + encoded)) {
                Response response = get(path);
                if (response.statusCode() < 400 || response.statusCode() >= 500) {
                    failures.add(path + " → " + response.statusCode());
                }
            }
            for (String search : FREE_TEXT) {
                Response response = get(search + encode(value));
                int status = response.statusCode();
                boolean html = String.valueOf(response.contentType()).startsWith("text/html");
                if (status >= 500 || status != 200 && status != 400) {
                    failures.add(search + shown(value) + " → " + status);
                } else if (html && response.asString().contains(SCRIPT)) {
                    failures.add(search + shown(value) + " → markup echoed unescaped");
                }
            }
        }
        assertThat(String.join("\n", failures), failures, empty());
    }

    /** Why the answer is not a clear refusal of {@code parameter}, or null when it is. */
    private static String refusalProblem(Response response, String parameter) {
        int status = response.statusCode();
        if (status < 400 || status >= 500) {
            return "status " + status;
        }
        String type = String.valueOf(response.contentType());
        if (type.startsWith(Problem.MEDIA_TYPE)) {
            String named = response.jsonPath().getString("parameter");
            return parameter.equals(named) ? null : "problem names " + named;
        }
        if (type.startsWith("image/svg+xml") || type.startsWith("text/plain")) {
            return response.asString().contains(parameter) ? null : "the answer does not name " + parameter;
        }
        String text = Jsoup.parse(response.asString()).text();
        return text.contains("“" + parameter + "”") || text.contains("'" + parameter + "'") ? null
                : "the page does not name " + parameter + ": " + text.substring(0, Math.min(200, text.length()));
    }

    private static Response get(String pathAndQuery) {
        // As a browser asks, so pages answer HTML and the API problem+json; the SVG file takes any.
        String accept = pathAndQuery.startsWith("/timeline.svg") ? "*/*" : "text/html, application/json;q=0.9";
        return given().accept(accept).urlEncodingEnabled(false).redirects().follow(false)
                .get(pathAndQuery);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String shown(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
