package org.launchledger.teach;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

/** The timeline as a file to download, as a chart to frame, and who may frame what. */
@QuarkusTest
class TimelineSvgAndEmbedTest {

    private static org.w3c.dom.Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void svgIsAStandaloneFileOfTheRequestedView() throws Exception {
        ExtractableResponse<Response> response = given().when().get("/timeline.svg?from=2011&to=2020&vehicle=soyuz")
                .then().statusCode(200)
                .contentType(startsWith("image/svg+xml"))
                .header("Content-Disposition", equalTo(
                        "attachment; filename=\"launch-ledger-timeline-2011-01-01-2020-12-31-soyuz.svg\""))
                .extract();
        org.w3c.dom.Document svg = xml(response.asString());
        org.w3c.dom.Element root = svg.getDocumentElement();
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        assertEquals("svg", root.getLocalName());
        assertEquals("img", root.getAttribute("role"));
        assertTrue(root.getAttribute("viewBox").startsWith("0 0 "));
        NodeList styles = root.getElementsByTagNameNS("http://www.w3.org/2000/svg", "style");
        assertEquals(1, styles.getLength());
        String css = styles.item(0).getTextContent();
        assertTrue(css.contains("svg.timeline .flight-bar") && css.contains("--blue:") && css.contains("font-family"), css);
        assertTrue(!css.contains("prefers-color-scheme"), "a file keeps the light colours");
        assertEquals("title", ((org.w3c.dom.Element) root.getElementsByTagName("title").item(0)).getTagName());
        assertTrue(root.getElementsByTagName("title").item(0).getTextContent().contains("2011-01-01"));
        assertTrue(root.getElementsByTagName("desc").getLength() > 0);
        assertEquals(0, svg.getElementsByTagName("link").getLength(), "no external stylesheet");
        // Only the Soyuz lane, as on / with the same query.
        NodeList lanes = root.getElementsByTagName("g");
        int laneCount = 0;
        for (int i = 0; i < lanes.getLength(); i++) {
            org.w3c.dom.Element g = (org.w3c.dom.Element) lanes.item(i);
            if (g.hasAttribute("data-vehicle")) {
                laneCount++;
                assertEquals("soyuz", g.getAttribute("data-vehicle"));
            }
        }
        assertEquals(1, laneCount);
    }

    @Test
    void svgSpeaksTheRequestedLanguageAndRefusesBadViews() throws Exception {
        String ro = given().when().get("/timeline.svg?lang=ro").then().statusCode(200).extract().asString();
        String en = given().when().get("/timeline.svg?lang=en").then().statusCode(200).extract().asString();
        String roTitle = xml(ro).getElementsByTagName("title").item(0).getTextContent();
        String enTitle = xml(en).getElementsByTagName("title").item(0).getTextContent();
        assertTrue(!roTitle.equals(enTitle), roTitle);
        given().when().get("/timeline.svg?from=2020&to=2011").then().statusCode(400)
                .body(containsString("Parameter &#39;to&#39;"));
    }

    @Test
    void timelineOffersTheDownloadAndACopyableEmbedOfTheSameView() {
        Document page = OnThisDayTest.page("/?from=2011&vehicle=soyuz", 200);
        Element download = page.selectFirst("a[download]");
        assertEquals("/timeline.svg?from=2011-01-01&vehicle=soyuz&lang=en", download.attr("href"));
        Element code = page.selectFirst("textarea#embed-code[readonly]");
        assertEquals("embed-code", page.selectFirst("label[for=embed-code]").attr("for"));
        assertTrue(code.text().startsWith("<iframe src=\"http://"), code.text());
        assertTrue(code.text().contains("/embed/timeline?from=2011-01-01&vehicle=soyuz&lang=en\""), code.text());
        Element whole = OnThisDayTest.page("/", 200).selectFirst("a[download]");
        assertEquals("/timeline.svg?lang=en", whole.attr("href"), "the whole history keeps growing");
    }

    @Test
    void embedIsTheChartAloneAndMayBeFramedByAnySite() {
        given().when().get("/embed/timeline?from=2011&to=2020").then().statusCode(200)
                .header("Content-Security-Policy", endsWith("; frame-ancestors *"))
                .header("X-Frame-Options", nullValue());
        Document embed = OnThisDayTest.page("/embed/timeline?from=2011&to=2020", 200);
        assertEquals(0, embed.select("header, nav, footer, form").size(), "no navigation, no forms");
        assertEquals(1, embed.select("main svg.timeline").size());
        assertEquals("_top", embed.selectFirst("head base").attr("target"), "links leave the frame");
        assertEquals("/?from=2011-01-01&to=2020-12-31&lang=en", embed.selectFirst(".embed-source a").attr("href"));
    }

    @Test
    void nothingElseMayBeFramed() {
        for (String path : new String[] {"/", "/on/2011-07-15", "/missions/sts-135", "/api/missions", "/style.css",
                "/no-such-page", "/timeline.svg", "/embedded"}) {
            given().when().get(path).then()
                    .header("Content-Security-Policy", endsWith("; frame-ancestors 'none'"))
                    .header("X-Frame-Options", equalTo("DENY"));
        }
    }
}
