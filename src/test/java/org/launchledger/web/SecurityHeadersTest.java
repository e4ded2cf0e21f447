package org.launchledger.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.MultiMap;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The security headers on every kind of answer, and pages that keep to the Content-Security-Policy. */
@QuarkusTest
class SecurityHeadersTest {

    /** Every answer carries the same headers; only the framing differs on /embed/. */
    private static ValidatableResponse secured(ValidatableResponse answer, boolean embed) {
        return answer
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("Content-Security-Policy", containsString("default-src 'self';"))
                .header("Content-Security-Policy", containsString("object-src 'none';"))
                .header("Content-Security-Policy", containsString("base-uri 'self';"))
                .header("Content-Security-Policy", containsString("form-action 'self';"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("Content-Security-Policy", endsWith(embed ? "frame-ancestors *" : "frame-ancestors 'none'"))
                .header("X-Frame-Options", embed ? nullValue() : equalTo("DENY"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("strict-origin-when-cross-origin"))
                .header("Permissions-Policy", containsString("camera=()"))
                .header("Permissions-Policy", containsString("fullscreen=(self)"))
                .header("Strict-Transport-Security", nullValue());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "/,                                200",
            "/missions/sts-135,                200",
            "/api/missions,                    200",
            "/api/missions/no-such-mission,    404",
            "/no-such-page,                    404",
            "/style.css,                       200",
            "/present.js,                      200",
            "/favicon.svg,                     200",
            "/q/openapi,                       200",
            "/timeline.svg,                    200",
            "/present/offline.html,            200",
            "/missions?page=bogus,             400",
    })
    void everyAnswerCarriesTheHeaders(String path, int status) {
        secured(given().when().get(path).then().statusCode(status), false);
    }

    @Test
    void answersGivenBeforeAnyResourceCarryThemToo() {
        // A method the operations endpoints do not take: refused by HttpEdge, the first handler, before routing.
        secured(given().when().post("/q/openapi").then().statusCode(405), false);
        secured(given().when().delete("/q/swagger-ui/").then().statusCode(405), false);
    }

    @Test
    void theSwaggerUiRunsItsOwnInlineScriptsOnly() {
        String policy = given().when().get("/q/swagger-ui/").then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Content-Security-Policy", containsString("style-src 'self' 'unsafe-inline';"))
                .header("Content-Security-Policy", endsWith("frame-ancestors 'none'"))
                .extract().header("Content-Security-Policy");
        String page = given().when().get("/q/swagger-ui/index.html").then().statusCode(200).extract().asString();
        List<String> hashes = SecurityHeaders.scriptHashes(page);
        assertFalse(hashes.isEmpty(), "the Swagger UI starts itself with inline scripts");
        assertEquals("script-src 'self' " + String.join(" ", hashes) + ";",
                policy.substring(policy.indexOf("script-src"), policy.indexOf(';', policy.indexOf("script-src")) + 1));
        // Only its own page: everywhere else no inline script or style is allowed.
        secured(given().when().get("/q/swagger-ui/swagger-ui.css").then().statusCode(200), false);
    }

    @Test
    void scriptHashesAreOfTheInlineScriptsExactly() {
        // echo -n "a();" | openssl dgst -sha256 -binary | base64
        assertEquals(List.of("'sha256-OVLEFZR89oYYkV3AI9/M2qwUUdT/ymKO659RpVAhzEk='"),
                SecurityHeaders.scriptHashes("<script src=\"/x.js\"></script><SCRIPT defer>a();</SCRIPT>"));
    }

    @Test
    void onlyTheEmbedMayBeFramedByAnySite() {
        secured(given().when().get("/embed/timeline?from=2011&to=2020").then().statusCode(200), true);
        secured(given().when().get("/embedded").then().statusCode(404), false);
    }

    @Test
    void strictTransportSecurityOnlyOverHttps() {
        // The tests serve plain HTTP, and trust no proxy (as by default): a client's X-Forwarded-Proto changes nothing.
        given().when().get("/").then().statusCode(200).header("Strict-Transport-Security", nullValue());
        given().header("X-Forwarded-Proto", "https").when().get("/").then().statusCode(200)
                .header("Strict-Transport-Security", nullValue());
        // Over HTTPS (the request's scheme, a trusted proxy's X-Forwarded-Proto once quarkus.http.proxy.* says so):
        // the same headers, and HSTS. No TLS in the tests, so the headers are checked as the filter writes them.
        MultiMap overHttps = MultiMap.caseInsensitiveMultiMap();
        SecurityHeaders.set(overHttps, false, true, null);
        assertEquals("max-age=31536000", overHttps.get("Strict-Transport-Security"));
        assertEquals("nosniff", overHttps.get("X-Content-Type-Options"));
        MultiMap overHttp = MultiMap.caseInsensitiveMultiMap();
        SecurityHeaders.set(overHttp, false, false, null);
        assertNull(overHttp.get("Strict-Transport-Security"));
    }

    /**
     * The policy allows no inline script or style, so a page with one would be broken in the browser:
     * every script and stylesheet is a file of the site, and nothing is styled by attribute or event handler.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.launchledger.web.PageType#all")
    void pagesKeepToThePolicy(PageType type) {
        String html = secured(given().accept("text/html").when().get(type.path()).then().statusCode(type.status()),
                type.path().startsWith(SecurityHeaders.EMBED_PREFIX)).extract().asString();
        Document page = Jsoup.parse(html);
        assertEquals(List.of(), page.select("script:not([src])").stream().map(Element::outerHtml).toList(), "inline scripts");
        assertEquals(0, page.select("script[src]:not([src^=/])").size(), "scripts from other sites");
        assertEquals(0, page.select("style").size(), "style elements");
        assertEquals(0, page.select("[style]").size(), "style attributes");
        assertEquals(0, page.select("link[rel=stylesheet]:not([href^=/])").size(), "stylesheets from other sites");
        assertEquals(0, page.select("[onclick], [onload], [onchange], [onsubmit], [onkeydown], [onerror]").size(),
                "event handler attributes");
        assertEquals(0, page.select("a[href^=javascript:]").size(), "javascript: links");
    }
}
