package org.launchledger.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every page links its static files at their current version; a versioned file may be kept a year. */
@QuarkusTest
class AssetLinksTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.launchledger.web.PageType#all")
    void everyStaticLinkCarriesTheFilesCurrentVersion(PageType page) {
        String html = given().when().get(page.path()).then().statusCode(page.status()).extract().asString();
        Document document = Jsoup.parse(html);
        List<String> links = document.select("link[rel~=stylesheet], link[rel~=icon], script[src]").stream()
                .map(e -> e.hasAttr("src") ? e.attr("src") : e.attr("href"))
                .toList();
        assertFalse(links.isEmpty(), "no style sheet or icon on " + page.path());
        for (String link : links) {
            String[] parts = link.split("\\?v=", 2);
            assertEquals(2, parts.length, link + " on " + page.path() + " has no version");
            assertEquals(Assets.fingerprint(bytes(parts[0])), parts[1], link + " on " + page.path());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/style.css", "/present.css", "/present.js", "/favicon.svg", "/favicon.ico"})
    void aFileAtItsCurrentVersionIsKeptAYearAndNeverRevalidated(String path) {
        byte[] served = given().when().get(path + "?v=" + Assets.fingerprint(bytes(path))).then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=31536000, immutable"))
                .extract().asByteArray();
        assertArrayEquals(bytes(path), served);
    }

    @Test
    void anUnversionedFileKeepsItsDay() {
        given().when().get("/style.css").then().statusCode(200)
                .header("Cache-Control", containsString("max-age=86400"))
                .header("Cache-Control", not(containsString("immutable")));
        given().when().get("/favicon.ico").then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=2592000"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0000000000", "", "not-a-version"})
    void aStaleVersionStillGetsTheCurrentFileButNotForAYear(String stale) {
        byte[] served = given().when().get("/style.css?v=" + stale).then().statusCode(200)
                .header("Cache-Control", containsString("max-age=86400"))
                .header("Cache-Control", not(containsString("immutable")))
                .extract().asByteArray();
        assertArrayEquals(bytes("/style.css"), served);
    }

    @Test
    void aPageAskedForWithAVersionKeepsItsOwnCacheControl() {
        String pageCache = given().when().get("/missions").then().statusCode(200).extract().header("Cache-Control");
        given().when().get("/missions?v=" + Assets.fingerprint(bytes("/style.css"))).then().statusCode(200)
                .header("Cache-Control", equalTo(pageCache));
    }

    @Test
    void theVersionedStyleSheetIsAllowedByTheContentSecurityPolicy() {
        Element sheet = Jsoup.parse(given().when().get("/").then().statusCode(200).extract().asString())
                .selectFirst("link[rel=stylesheet]");
        given().when().get(sheet.attr("href")).then().statusCode(200)
                .header("Content-Type", containsString("text/css"))
                .header("Content-Security-Policy", containsString("style-src 'self'"));
    }

    /** The bytes of a static file as the build packed it, read apart from {@link Assets}. */
    static byte[] bytes(String path) {
        try (InputStream in = AssetLinksTest.class.getClassLoader().getResourceAsStream("META-INF/resources" + path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
