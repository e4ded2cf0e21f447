package org.launchledger.browse;

import static io.restassured.RestAssured.given;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Fetches a page through the running app and parses it, for jsoup assertions. */
final class Html {

    private Html() {
    }

    static Document get(String path, int status) {
        String body = given().accept("text/html").when().get(path).then()
                .statusCode(status)
                .contentType("text/html")
                .extract().asString();
        return Jsoup.parse(body);
    }

    static Document get(String path) {
        return get(path, 200);
    }

    /** The trimmed texts of the elements the selector finds. */
    static List<String> texts(Document page, String cssQuery) {
        return page.select(cssQuery).stream().map(Element::text).map(String::trim).toList();
    }
}
