package org.launchledger.browse;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * Wherever a page names a mission by its designation, linked, a mission whose sources have yet to confirm it
 * carries the mark right after the link, and a confirmed one does not: tables and lists (vehicles, statistics,
 * on this day, expeditions, people, search) as well as the sentences of the headline and the slides, and the
 * titles of the chart's bars. Which
 * missions are unverified is read from the API, so the test follows the data.
 */
@QuarkusTest
class UnverifiedMarksTest {

    private static final Pattern MISSION_PAGE = Pattern.compile("/missions/([a-z0-9-]+)");

    private record Named(String designation, boolean unverified, String launchDay, List<String> crew) {
    }

    private static Map<String, Named> missions() {
        JsonPath api = given().get("/api/missions?size=500").then().statusCode(200).extract().jsonPath();
        Map<String, Named> bySlug = new HashMap<>();
        for (Map<String, Object> m : api.<Map<String, Object>>getList("items")) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> crew = (List<Map<String, Object>>) m.get("crew");
            bySlug.put((String) m.get("slug"), new Named((String) m.get("designation"), Boolean.TRUE.equals(m.get("unverified")),
                    ((String) m.get("launch")).substring(0, 10), crew.stream().map(s -> (String) s.get("slug")).toList()));
        }
        return bySlug;
    }

    @Test
    void everyLinkedDesignationOfAnUnverifiedMissionIsMarkedAndNoOtherIs() {
        Map<String, Named> missions = missions();
        List<String> unverified = missions.entrySet().stream().filter(e -> e.getValue().unverified()).map(Map.Entry::getKey)
                .sorted().toList();
        assertThat("the seed holds unverified missions to check", unverified, not(empty()));

        Set<String> paths = new LinkedHashSet<>(List.of("/", "/vehicles", "/stats", "/missions?page=2", "/search?q=soyuz"));
        for (String slug : unverified) {
            Named m = missions.get(slug);
            paths.add("/on/" + m.launchDay());
            m.crew().forEach(person -> paths.add("/people/" + person));
        }
        for (String vehicle : List.of("soyuz", "space-shuttle", "crew-dragon", "starliner")) {
            paths.add("/vehicles/" + vehicle);
        }
        for (int slide = 1; given().get("/present/" + slide).statusCode() == 200; slide++) {
            paths.add("/present/" + slide);
        }

        Set<String> markedSomewhere = new LinkedHashSet<>();
        Set<String> barsMarked = new LinkedHashSet<>();
        int plain = 0;
        List<String> wrong = new ArrayList<>();
        for (String path : paths) {
            for (String lang : List.of("en", "ro")) {
                String address = path + (path.contains("?") ? "&" : "?") + "lang=" + lang;
                Document page = Html.get(address);
                String word = lang.equals("en") ? "unverified" : "(date neverificate)";
                for (Element link : page.select("a[href^=/missions/]")) {
                    Matcher slug = MISSION_PAGE.matcher(link.attr("href"));
                    Named named = slug.matches() ? missions.get(slug.group(1)) : null;
                    if (named != null && link.hasClass("flight") && link.selectFirst("title") != null) {
                        // A bar of the chart: its title (the tooltip, and what a screen reader says) carries the mark.
                        String title = link.selectFirst("title").text();
                        String mark = lang.equals("en") ? " (unverified) · " : " (date neverificate) · ";
                        if (title.startsWith(named.designation() + mark) != named.unverified()) {
                            wrong.add(address + ": chart bar " + title);
                        }
                        if (named.unverified()) {
                            barsMarked.add(slug.group(1) + " in " + lang);
                        }
                        continue;
                    }
                    if (named == null || !link.text().equals(named.designation()) || link.parents().stream().anyMatch(parent -> parent.normalName().equals("svg"))) {
                        continue; // not a designation in words (a bar of the chart, "edit", "history", a neighbour's arrow)
                    }
                    boolean hasMark = markAfter(link, word);
                    if (hasMark != named.unverified()) {
                        wrong.add(address + ": " + named.designation() + (hasMark ? " marked" : " not marked"));
                    }
                    if (named.unverified()) {
                        markedSomewhere.add(slug.group(1) + " in " + lang);
                    } else {
                        plain++;
                    }
                }
            }
        }
        assertThat(wrong.toString(), wrong, is(empty()));
        assertThat("every unverified mission named in both languages", markedSomewhere.size(), is(2 * unverified.size()));
        assertThat("links to confirmed missions seen", plain, greaterThan(100));
        assertThat("every unverified mission's bar seen in both languages", barsMarked.size(), is(2 * unverified.size()));
    }

    /** Whether the link is followed by a space and the mark, as the pages write it. */
    private static boolean markAfter(Element link, String word) {
        Node next = link.nextSibling();
        if (!(next instanceof TextNode space) || !space.text().equals(" ")) {
            return false;
        }
        return next.nextSibling() instanceof Element mark && mark.hasClass("unverified") && mark.text().equals(word);
    }
}
