package org.launchledger.teach;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** /present and /present/{n}, read as HTML: slides from the real history, navigation, bad addresses. */
@QuarkusTest
class PresentPagesTest {

    static Document get(String path, int status) {
        String html = given().when().get(path).then().statusCode(status).contentType("text/html").extract().asString();
        return Jsoup.parse(html);
    }

    /** Every slide's title, from the overview. */
    static List<String> titles(String query) {
        return get("/present" + query, 200).select("ol.slide-list li a").eachText();
    }

    @Test
    void dump() {
        List<String> titles = titles("");
        for (int i = 1; i <= titles.size(); i++) {
            Element slide = get("/present/" + i, 200).selectFirst("section.slide");
            System.out.println("SLIDE " + i + " [" + slide.className() + "] " + slide.selectFirst("h1").text());
            slide.select(".slide-text p").forEach(p -> System.out.println("    " + p.text()));
        }
        for (int i = 1; i <= titles.size(); i++) {
            Element slide = get("/present/" + i + "?lang=ro", 200).selectFirst("section.slide");
            System.out.println("RO " + i + " " + slide.selectFirst("h1").text());
            slide.select(".slide-text p").forEach(p -> System.out.println("    " + p.text()));
        }
    }
}
