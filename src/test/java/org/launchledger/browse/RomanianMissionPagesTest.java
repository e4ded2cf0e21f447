package org.launchledger.browse;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
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

/** The mission, vehicle and airframe pages in Romanian: real Romanian values, and no English left in the words. */
@QuarkusTest
class RomanianMissionPagesTest {

    /** Words the English templates of these pages used to show, as whole words. */
    private static final List<String> ENGLISH = List.of("Launch", "Landing", "Docking", "Crew", "flight", "flights",
            "Flights", "Previous", "Next", "Showing", "of", "the", "and", "since", "Vehicle", "Vehicles", "Airframe",
            "Airframes", "Sources", "Country", "Outcome", "Seats", "Status", "Retired", "Missions", "Mission", "Any",
            "People", "Name", "Role", "Stand-downs", "unverified", "Not", "recorded", "Still", "in", "all", "page");

    private static Document ro(String path) {
        return Html.get(path + (path.contains("?") ? "&" : "?") + "lang=ro");
    }

    private static Document ro(String path, int status) {
        return Html.get(path + (path.contains("?") ? "&" : "?") + "lang=ro", status);
    }

    /** The words of {@code main}, without names, designations, data in English and the shared timeline chart. */
    private static String ownWords(Document page) {
        Element main = page.selectFirst("main").clone();
        main.select("a[href^=/missions/], a[href^=/people/], a[href^=/spacecraft/], a[href^=/expeditions/], [lang=en],"
                + " a[rel=external], .chart-box, h1, title, option[value]:not([value=''])").remove();
        return main.text().replace("Crew Dragon", "").replace("Crew-", "");
    }

    private static void assertNoEnglish(Document page) {
        String words = ownWords(page);
        for (String word : ENGLISH) {
            assertThat("'" + word + "' in: " + words,
                    Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(word) + "(?![\\p{L}-])").matcher(words).find(), is(false));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/missions", "/missions/demo-2", "/missions/crew-12", "/missions/soyuz-ms-10",
            "/missions/sts-123", "/vehicles", "/vehicles/soyuz", "/vehicles/space-shuttle", "/vehicles/crew-dragon",
            "/spacecraft/crew-dragon-endeavour"})
    void everyPageSpeaksRomanianOnly(String path) {
        Document page = ro(path);
        assertThat(page.selectFirst("html").attr("lang"), is("ro"));
        assertNoEnglish(page);
    }

    @Test
    void theListOfMissionsIsInRomanian() {
        Document page = ro("/missions");
        assertThat(page.select("h1").text(), is("Misiuni"));
        assertThat(page.select("label[for=f-country]").text(), is("Țară"));
        assertThat(page.select("#f-vehicle legend").text(), is("Vehicul"));
        assertThat(Html.texts(page, "#f-vehicle label"), hasItem("Soiuz"));
        assertThat(Html.texts(page, "#f-vehicle label"), hasItem("Naveta spațială"));
        assertThat(page.select("#f-from").attr("placeholder"), is("AAAA-LL-ZZ"));
        assertThat(page.select("form.filters button[type=submit]").text(), is("Afișează misiunile"));
        assertThat(Html.texts(page, "table.flights thead th"),
                contains("Misiune", "Vehicul", "Navă", "Lansare (UTC)", "Durata zborului", "Echipaj", "Rezultat"));
    }

    @Test
    void thePagerCountsInRomanian() {
        Document first = ro("/missions");
        assertThat(first.select("table.flights caption").text(), is("Misiuni, 129 în total, pagina 1 din 3"));
        assertThat(first.select(".pager p").text(), is("Se afișează rândurile 1–50 din 129."));
        assertThat(first.select(".pager").attr("aria-label"), is("Paginile listei de misiuni"));
        assertThat(first.select(".pager a[rel=next]").text(), is("Pagina următoare"));
        Document second = ro("/missions?page=1&size=2");
        assertThat(second.select(".pager p").text(), is("Se afișează rândurile 3–4 din 129."));
        assertThat(second.select(".pager a[rel=prev]").text(), is("Pagina anterioară"));
        Document one = ro("/missions?q=Demo-2");
        assertThat(one.select("table.flights caption").text(), is("Misiuni, 1 în total"));
        assertThat(one.select(".pager p").text(), is("Se afișează singurul rând."));
        Document none = ro("/missions?q=nothing-flies-by-this-name");
        assertThat(none.select(".pager p").text(), is("Niciun rând de afișat."));
    }

    @Test
    void aBadFilterIsExplainedInRomanianWithItsRule() {
        Document page = ro("/missions?year=abc", 400);
        Element error = page.selectFirst("#filter-error");
        assertThat(error.text(), startsWith("Nu s-a afișat nimic: parametrul „year”"));
        assertThat(error.text(), containsString("trebuie să fie un număr întreg de la 1957 la 2100 (s-a primit „abc”)"));
        assertThat(error.select("[lang=en]").size(), is(0));
    }

    @Test
    void demo2IsSummedUpInRomanian() {
        Document page = ro("/missions/demo-2");
        assertThat(page.selectFirst("p.summary").text(),
                is("Crew Dragon Demo-2 a fost un zbor cu Crew Dragon, nava Endeavour. A decolat pe 30 mai 2020 de la"
                        + " KSC LC-39A, cu 2 persoane la bord, a andocat la ISS pe 31 mai 2020 și a revenit pe Pământ"
                        + " pe 2 august 2020."));
        assertThat(page.select("p.lead").text(),
                is("Conform planului A zburat la ISS și s-a întors acasă conform planului."));
        assertThat(Html.texts(page, "#crew-caption ~ thead th"), contains("Nume", "Rol", "Naționalitate", "S-a întors cu"));
        assertThat(page.select("#sources").text(), is("Surse"));
        assertThat(page.select("#events-caption ~ tbody th").eachText(),
                contains("Lansare", "Andocare", "Dezandocare", "Revenire pe Pământ"));
        assertThat(page.select("#events-caption ~ tbody tr:first-child td").eachText(),
                contains("30 mai 2020, 19:22 UTC", "la minut"));
        assertThat(page.select("#crew-caption ~ tbody td:nth-of-type(1)").eachText(), contains("Comandant",
                "Comandant al operațiunilor comune"));
        assertThat(page.select("#crew-caption ~ tbody td:last-child").eachText(), everyItem(is("Acest zbor")));
        assertThat(page.select(".crumbs a[href=/vehicles/crew-dragon]").text(), is("Crew Dragon"));
        // The curators' notes are kept in English only: the summary says so, and the text is marked as English.
        assertThat(page.select("details.notes summary").text(), is("Note despre surse (în engleză)"));
        assertThat(page.select("details.notes p").attr("lang"), is("en"));
    }

    @Test
    void aFlightInProgressIsSummedUpInTheRomanianPresent() {
        Document page = ro("/missions/crew-12");
        assertThat(page.selectFirst("p.summary").text(),
                is("Crew-12 este un zbor cu Crew Dragon, nava Freedom. A decolat pe 13 februarie 2026 de la"
                        + " Cape Canaveral SFS SLC-40, cu 4 persoane la bord, și este andocat la ISS din 14 februarie 2026."));
        assertThat(page.select("#crew-caption ~ tbody td:last-child").eachText(),
                everyItem(is("În spațiu din 2026-02-13")));
        assertThat(page.select("#events-caption ~ tbody tr:last-child td").text(), is("Încă nu"));
    }

    @Test
    void theSoyuzMs10AbortIsALansareEsuata() {
        Document page = ro("/missions/soyuz-ms-10");
        assertThat(page.select("p.lead .outcome").text(), is("Lansare eșuată"));
        assertThat(page.selectFirst("p.summary").text(), containsString("lansarea a eșuat, iar echipajul a revenit teafăr"
                + " pe Pământ, pe 11 octombrie 2018, fără să ajungă la stație."));
        assertThat(page.select(".crumbs a[href=/vehicles/soyuz]").text(), is("Soiuz"));
        assertThat(page.select(".prev-next").attr("aria-label"), is("Alte zboruri cu Soiuz"));
    }

    @Test
    void aCrewThatCameHomeElsewhereIsCountedInRomanianWords() {
        String summary = ro("/missions/sts-123").selectFirst("p.summary").text();
        assertThat(summary, containsString(" O persoană din echipaj s-a întors cu altă navă."));
    }

    @Test
    void theVehiclesAreListedInRomanian() {
        Document page = ro("/vehicles");
        assertThat(page.select("h1").text(), is("Vehicule"));
        assertThat(Html.texts(page, "tbody th[scope=row] a"), hasItem("Soiuz"));
        assertThat(Html.texts(page, "tbody th[scope=row] a"), hasItem("Naveta spațială"));
        assertThat(Html.texts(page, "thead th").get(0), is("Vehicul"));
        assertThat(Html.texts(page, "tbody td:last-child"), hasItem("În serviciu"));
    }

    @Test
    void soyuzIsSoiuzInRomanian() {
        Document page = ro("/vehicles/soyuz");
        assertThat(page.select("h1").text(), is("Soiuz"));
        assertThat(page.select("title").text(), containsString("Soiuz"));
        assertThat(page.select("#stand-downs-caption").text(), is("Perioadele în care nu s-au putut trimite echipaje cu Soiuz"));
        assertThat(page.select("#flights-caption").text(), is("Toate zborurile cu Soiuz din registru"));
        assertThat(page.select("p.lead").text(), containsString("3 locuri spre ISS"));
        assertThat(page.select("#stand-downs-caption ~ tbody td").eachText().stream()
                .anyMatch(t -> t.startsWith("Lansarea Soyuz MS-10 a eșuat")), is(true));
        assertThat(page.select("main p").eachText().contains(
                "Variante care au zburat la ISS: Soyuz-TM, Soyuz-TMA, Soyuz-TMA-M, Soyuz-MS."), is(true));
    }

    @Test
    void theShuttleRetiredInRomanian() {
        Document page = ro("/vehicles/space-shuttle");
        assertThat(page.select("h1").text(), is("Naveta spațială"));
        assertThat(page.select("p.lead").text(), containsString("retragere din serviciu: 21 iulie 2011"));
    }

    @Test
    void theShuttleIsALowerCaseNavetaSpatialaInsideASentence() {
        Document vehicle = ro("/vehicles/space-shuttle");
        assertThat(vehicle.select("#stand-downs-caption").text(),
                is("Perioadele în care nu s-au putut trimite echipaje cu naveta spațială"));
        assertThat(vehicle.select("#flights-caption").text(), is("Toate zborurile cu naveta spațială din registru"));
        Document mission = ro("/missions/sts-135");
        assertThat(mission.select(".prev-next").attr("aria-label"), is("Alte zboruri cu naveta spațială"));
        assertThat(mission.selectFirst("p.summary").text(), startsWith("STS-135 a fost un zbor cu naveta spațială"));
        assertThat(mission.select("meta[name=description]").attr("content"), startsWith("STS-135: zbor cu naveta spațială"));
        // Labels and headings keep the name, capitalised.
        assertThat(mission.select(".crumbs a[href=/vehicles/space-shuttle]").text(), is("Naveta spațială"));
    }

    @Test
    void anAirframeIsANavaInRomanian() {
        Document page = ro("/spacecraft/crew-dragon-endeavour");
        assertThat(page.select(".crumbs a").eachText(), contains("Vehicule", "Crew Dragon"));
        assertThat(page.select("p.lead").text(), startsWith("O navă Crew Dragon: "));
        assertThat(page.select("p.lead").text(), containsString(" zboruri la ISS în registru, în total "));
        assertThat(page.select("#flights-caption").text(), is("Zborurile navei Crew Dragon Endeavour"));
        assertThat(page.select("table.flights thead th").eachText(), contains("Misiune", "Lansare (UTC)",
                "Durata zborului", "Echipaj", "Rezultat"));
        assertThat(page.select("main [lang=en]"), empty());
    }

    @Test
    void aShuttleAirframeIsAnOrbiterInRomanian() {
        Document page = ro("/spacecraft/space-shuttle-endeavour");
        assertThat(page.select("p.lead").text(), startsWith("Un orbiter al navetei spațiale: "));
        assertThat(page.select("#flights-caption").text(), is("Zborurile orbiterului Endeavour"));
        Document english = Html.get("/spacecraft/space-shuttle-endeavour");
        assertThat(english.select("p.lead").text(), startsWith("One Space Shuttle orbiter: "));
        assertThat(english.select("#flights-caption").text(), is("Flights of Space Shuttle Endeavour"));
    }
}
