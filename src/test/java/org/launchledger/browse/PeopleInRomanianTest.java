package org.launchledger.browse;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The people, person, expedition, search and statistics pages, in Romanian. */
@QuarkusTest
class PeopleInRomanianTest {

    /** Words these pages' templates used to say in English; none may remain in Romanian. */
    private static final List<String> ENGLISH = List.of("People", "Name", "Nationality", "Agency", "Any", "flights",
            "Flights", "Launch", "Landing", "Time", "Role", "Crew", "Expedition", "Previous", "Next", "ledger",
            "unverified", "source", "Search", "Missions", "Spacecraft", "matches", "Statistics", "Seats", "seats",
            "Year", "All", "Country", "Vehicle", "Person", "Period", "From", "To", "only", "Shared", "today",
            "Space Shuttle", "United States", "Russia", "Japan", "of", "and", "the", "per", "by");

    @Test
    void thePeopleListSpeaksRomanian() {
        Document page = Html.get("/people?lang=ro&nationality=FR");
        assertThat(page.selectFirst("html").attr("lang"), is("ro"));
        assertThat(page.select("h1").text(), is("Oameni"));
        assertThat(Html.texts(page, "table.people thead th"), contains("Nume", "Naționalitate", "Agenție", "Zboruri la ISS"));
        assertThat(Html.texts(page, "table.people tbody td:nth-of-type(1)"), everyItem(is("Franța")));
        assertThat(page.select("form.filters button").text(), is("Arată oamenii"));
        assertThat(page.select("#f-nationality option[value=US]").text(), is("Statele Unite"));
        assertThat(page.select("#f-nationality option[value=]").text(), is("Oricare"));
        // The pager and its caption are written by the shared pager; the words they are given are ours.
        assertThat(page.select("nav.pager").attr("aria-label"), is("Paginile listei de oameni"));
        assertThat(page.select("table.people caption").text(), startsWith("Oameni, 5"));
        assertNoEnglish(page);
    }

    @Test
    void peggyWhitsonsFactsInRomanian() {
        Document page = Html.get("/people/peggy-whitson?lang=ro");
        assertThat(page.selectFirst("html").attr("lang"), is("ro"));
        assertThat(fact(page, "Naționalitate"), is("Statele Unite"));
        assertThat(fact(page, "Zboruri la ISS"), is("5"));
        assertThat(fact(page, "Timp în zborurile la ISS"), is("695 z 7 h"));
        assertThat(fact(page, "Vehicule folosite"), is("Naveta spațială, Soiuz, Crew Dragon"));
        assertThat(page.select(".facts a[href=https://en.wikipedia.org/wiki/Peggy_Whitson]").text(),
                is("Peggy Whitson pe Wikipedia"));
        List<Element> rows = page.select("h2:contains(Zboruri) + .table-wrap tbody tr");
        assertThat(rows.get(0).select("td").eachText(),
                contains("2002-06-05", "Specialist de misiune", "STS-113", "2002-12-07", "184 z 22 h"));
        assertThat(page.select("#person-flights-caption").text(),
                is("Peggy Whitson: zborurile la ISS, de la lansare la aterizare (UTC)"));
        assertThat(Html.texts(page, "h2 + .table-wrap thead th"),
                contains("Dus cu", "Lansare", "Rol", "Întors cu", "Aterizare", "Durată"));
        assertThat(Html.texts(page, "h2 + .table-wrap tbody th .muted"), hasItem("(Naveta spațială)"));
        assertNoEnglish(page);
    }

    @Test
    void nickHaguesLaunchAbortInRomanian() {
        Document page = Html.get("/people/nick-hague?lang=ro");
        assertThat(fact(page, "Zboruri la ISS"), is("2 (plus Soyuz MS-10: Lansare eșuată)"));
        assertNoEnglish(page);
    }

    @Test
    void alternativeNamesLinkTheirSourcesInRomanian() {
        Document page = Html.get("/people/aidyn-aimbetov?lang=ro");
        Element source = page.selectFirst(".also-known-as a.source");
        assertThat(source.text(), is("sursă"));
        assertThat(source.attr("aria-label"), startsWith("Sursa pentru "));
        assertThat(page.select(".facts dt:matchesOwn(^Alte grafii ale numelui$)"), hasSize(1));
    }

    @Test
    void anExpeditionInRomanian() {
        Document page = Html.get("/expeditions/2?lang=ro");
        assertThat(page.selectFirst("html").attr("lang"), is("ro"));
        assertThat(page.select("h1").text(), is("Expediția 2"));
        assertThat(page.select("p.lead").text(), startsWith("Registrul leagă 2 zboruri de Expediția 2 a ISS."));
        assertThat(page.select("#crew-caption").text(), is("Cine a urcat pentru Expediția 2 și cu ce s-a întors acasă"));
        assertThat(Html.texts(page, "#crew-caption ~ thead th"),
                contains("Nume", "Rol în navă", "Dus cu", "Lansare (UTC)", "Întors cu", "Aterizare (UTC)"));
        assertThat(Html.texts(page, "#crew-caption ~ tbody td:nth-of-type(2) .muted"), everyItem(is("(Naveta spațială)")));
        assertThat(page.select(".prev-next a[rel=next]").text(), is("Următoarea din registru Expediția 3"));
        assertNoEnglish(page);
    }

    @Test
    void searchResultsInRomanian() {
        Document page = Html.get("/search?q=soyuz&lang=ro");
        assertThat(page.selectFirst("html").attr("lang"), is("ro"));
        assertThat(page.select("#found-missions").text(), is("Misiuni (74)"));
        assertThat(page.select("a[href=/missions?q=soyuz]").text(), is("Toate cele 74 de misiuni găsite"));
        assertThat(page.select("#found-missions ~ ul li").first().text(), containsString(" · Soiuz · "));
        assertThat(page.select("#found-vehicles").text(), startsWith("Vehicule"));
        assertThat("nobody is called Soyuz: no empty section", page.select("#found-people"), empty());
        assertNoEnglish(page);
        Document endeavour = Html.get("/search?q=endeavour&lang=ro");
        assertThat(endeavour.select("#found-spacecraft").text(), startsWith("Nave"));
        assertNoEnglish(endeavour);
        Document whitson = Html.get("/search?q=whitson&lang=ro");
        assertThat(whitson.select("#found-people").text(), startsWith("Oameni"));
        assertNoEnglish(whitson);
    }

    @Test
    void aSearchThatFindsNothingSaysSoInRomanian() {
        Document page = Html.get("/search?q=xyzzy&lang=ro");
        assertThat(page.select("title").text(), startsWith("Căutare: xyzzy"));
        assertThat(page.select("main p").text(), startsWith("Nimic din registru nu se potrivește cu „xyzzy”."));
        assertNoEnglish(page);
    }

    @Test
    void statisticsInRomanian() {
        Document page = Html.get("/stats?lang=ro");
        assertThat(page.selectFirst("html").attr("lang"), is("ro"));
        assertThat(page.select("h1").text(), is("Statistici"));
        assertThat(page.select("p.lead").text(), startsWith("Numărate din registru, așa cum arată acum: "));
        assertThat(page.select("p.lead").text(), containsString(" de persoane din "));
        assertThat(page.select("svg title[id]").eachText(), contains("Lansări cu echipaj spre ISS pe an, după vehicul",
                "Locuri spre ISS după naționalitate", "Oameni duși la ISS de fiecare vehicul",
                "Cele mai lungi zboruri individuale", "Locuri pe vehicul în fiecare perioadă de acces"));
        assertThat(page.select("#nationalities svg text.label").eachText(), hasItems("Statele Unite", "Rusia", "Japonia"));
        assertThat(Html.texts(page, "#nationalities tbody th"), hasItems("Statele Unite", "Rusia", "Japonia"));
        assertThat(Html.texts(page, "#launches thead th"),
                contains("An", "Naveta spațială", "Soiuz", "Crew Dragon", "Starliner", "Total"));
        assertThat(page.select("#launches svg rect title").eachText(), hasItem("2024, Starliner: 1"));
        assertThat(page.select("#longest tbody tr").first().select("td").last().text(), is("373 z 20 h"));
        assertThat(Html.texts(page, "#eras tbody th"), hasItems("Doar Statele Unite", "Doar Rusia", "Mai multe țări"));
        assertThat(page.select("#eras tbody tr").last().select("td").get(1).text(), is("astăzi"));
        assertNoEnglish(page);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/people", "/people/peggy-whitson", "/expeditions/2", "/search?q=soyuz", "/stats"})
    void englishStaysTheDefault(String path) {
        Document page = Html.get(path);
        assertThat(page.selectFirst("html").attr("lang"), is("en"));
        assertThat(page.select("main :matchesOwn(ț|ș|ă)"), empty());
    }

    private static String fact(Document page, String term) {
        return page.select(".facts dt:matchesOwn(^" + term + "$) + dd").text();
    }

    /**
     * No English UI word in {@code main}, apart from mission designations and people's names (links
     * to missions, people and airframes, SVG labels of people) and the parts other areas write (the
     * pager, the vehicle choices, the shared flights table).
     */
    private static void assertNoEnglish(Document page) {
        Element main = page.selectFirst("main").clone();
        main.select("a[href^=/missions/], a[href^=/people/], a[href^=/spacecraft/], a[href^=/missions?q]").remove();
        main.select("a[href^=/people?q], #longest svg text.label, .also-known-as span, .facts a[rel=external]").remove();
        main.select(".pager, #f-vehicle, table.flights, #f-agency option[value~=.], table.people td:nth-of-type(2)").remove();
        main.select("h1:not(:has(*)), h1 + p.muted").remove();
        // Vehicle family names that Romanian keeps as they are.
        String text = (main.text() + " " + main.select("[aria-label]").eachAttr("aria-label")).replace("Crew Dragon", "");
        for (String word : ENGLISH) {
            assertThat("'" + word + "' in: " + text,
                    Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(word) + "(?![\\p{L}-])").matcher(text).find(), is(false));
        }
    }

    @Test
    void nationalitiesAreInTheOrderOfTheirRomanianNames() {
        List<String> names = Html.texts(Html.get("/people?lang=ro"), "#f-nationality option").subList(1, 6);
        List<String> sorted = new java.util.ArrayList<>(names);
        sorted.sort(java.text.Collator.getInstance(java.util.Locale.forLanguageTag("ro")));
        assertThat(names, is(sorted));
    }
}
