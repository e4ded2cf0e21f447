package org.launchledger.teach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.launchledger.history.Moment;
import org.launchledger.history.Outcome;
import org.launchledger.history.Precision;
import org.launchledger.teach.Slides.Slide;
import org.launchledger.timeline.Ledger;
import org.launchledger.timeline.LedgerMission;
import org.launchledger.timeline.LedgerSeat;
import org.launchledger.timeline.LedgerStandDown;
import org.launchledger.timeline.LedgerVehicle;
import org.launchledger.timeline.TimelineLayout;
import org.launchledger.web.Language;

/**
 * The slides come from the analysis of whatever history they are given: a made-up one, stated in a
 * few lines, gets a slide per key event, and one more flight adds one more slide.
 */
class SlidesTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    private final List<LedgerVehicle> vehicles = new ArrayList<>();
    private final List<LedgerMission> missions = new ArrayList<>();
    private final List<LedgerStandDown> standDowns = new ArrayList<>();

    private static Moment at(String iso) {
        return iso == null ? null : new Moment(Instant.parse(iso), Precision.MINUTE);
    }

    private void vehicle(String slug, String country, String retired) {
        vehicles.add(new LedgerVehicle(slug, slug, country, at(retired)));
    }

    /** A crewed flight to the station; {@code expedition} null for a test flight that rotated no crew. */
    private void flight(String slug, String vehicle, String launch, String landing, Integer expedition) {
        List<Integer> expeditions = expedition == null ? List.of() : List.of(expedition);
        missions.add(new LedgerMission(slug, slug.toUpperCase(), vehicle, landing == null ? Outcome.IN_PROGRESS : Outcome.NOMINAL,
                at(launch), null, null, at(landing), expeditions,
                List.of(new LedgerSeat(slug + "-cmdr", "Commander of " + slug, "US", "Commander", slug, at(landing), expeditions)),
                false));
    }

    private void standDown(String vehicle, String from, String to, String reason) {
        standDowns.add(new LedgerStandDown(vehicle, at(from), at(to), reason, null));
    }

    private List<Slide> slides(Language language) {
        return Slides.of(Ledger.of(vehicles, missions, standDowns, NOW), language);
    }

    private static List<String> kinds(List<Slide> slides) {
        return slides.stream().map(Slide::kind).toList();
    }

    /**
     * A winged vehicle (US) flies 2000-2010; a capsule (RU) from 2002, grounded in 2015 after an
     * abort, leaving nobody; a new capsule (US) ends Russia's era in 2020 with a test flight, then
     * rotates a crew.
     */
    private void history() {
        vehicle("wings", "US", "2010-06-01T12:00:00Z");
        vehicle("capsule", "RU", null);
        vehicle("dragonfly", "US", null);
        flight("w-1", "wings", "2000-03-01T10:00:00Z", "2000-03-12T10:00:00Z", null);
        flight("w-2", "wings", "2005-03-01T10:00:00Z", "2005-03-12T10:00:00Z", 3);
        flight("w-3", "wings", "2010-05-20T10:00:00Z", "2010-06-01T12:00:00Z", null);
        flight("c-1", "capsule", "2002-04-01T08:00:00Z", "2002-10-01T08:00:00Z", 1);
        flight("c-2", "capsule", "2014-04-01T08:00:00Z", "2014-10-01T08:00:00Z", 40);
        flight("c-3", "capsule", "2015-09-01T08:00:00Z", "2016-03-01T08:00:00Z", 45);
        standDown("capsule", "2015-05-01T08:00:00Z", "2015-09-01T08:00:00Z", "Launch abort of c-x. Crews wait.");
        flight("d-test", "dragonfly", "2020-05-30T19:00:00Z", "2020-08-02T18:00:00Z", null);
        flight("d-1", "dragonfly", "2020-11-16T00:27:00Z", "2021-05-02T06:56:00Z", 64);
    }

    @Test
    void aSlideForEachKeyEventInTimeOrder() {
        history();
        List<Slide> slides = slides(Language.EN);
        assertEquals(List.of("first-crew", "era", "first-flight", "retired", "era", "stand-down", "first-flight",
                "rotation", "today"), kinds(slides));
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9), slides.stream().map(Slide::number).toList());
        assertEquals("Only the United States, 2000–2002", slides.get(1).title());
        assertEquals("Only Russia, 2010–2020", slides.get(4).title());
        assertEquals("Nobody can fly people to the station", slides.get(5).title(),
                "the abort left nobody: the stand-down's slide says so");
        assertEquals("The first crewed dragonfly flight", slides.get(6).title());
        assertEquals("dragonfly: the first operational crew rotation", slides.get(7).title());
    }

    @Test
    void sentencesGiveDatesDurationsFlightsAndCrews() {
        history();
        List<Slide> slides = slides(Language.EN);
        assertEquals("On <time datetime=\"2000-03-01T10:00Z\">1 March 2000</time>, <a class=\"designation\" href=\"/missions/w-1\">W-1</a> (wings)"
                + " carried the first crew to the International Space Station: Commander of w-1.", slides.get(0).sentences().get(0));
        String gap = slides.get(5).sentences().get(1);
        assertTrue(gap.startsWith("For 4 months, until <time datetime=\"2015-09-01T08:00Z\">"), gap);
        assertTrue(slides.get(5).sentences().get(0).endsWith(": Launch abort of c-x."), "the reason's first clause");
        String flown = slides.get(3).sentences().get(1);
        assertTrue(flown.startsWith("Wings had flown crews to the station 3 times in 10 years"), flown);
        assertTrue(slides.get(6).sentences().get(1).startsWith("It ended 9 years, 11 months, 29 days in which only Russia"),
                slides.get(6).sentences().get(1));
        assertTrue(slides.get(8).sentences().get(1).endsWith("8 crewed flights have reached the station."),
                slides.get(8).sentences().get(1));
    }

    @Test
    void theFirstCrewsSlideAlsoNamesTheFirstCrewToLiveAboard() {
        history();
        List<Slide> slides = slides(Language.EN);
        // c-1 has no docking in this history: the sentence gives its launch.
        assertEquals(List.of("The first crew to live aboard, Expedition 1, set off on <time datetime=\"2002-04-01T08:00Z\">1 April"
                + " 2002</time>, on <a class=\"designation\" href=\"/missions/c-1\">C-1</a>: Commander of c-1."),
                slides.get(0).sentences().subList(1, slides.get(0).sentences().size()));
        assertTrue(slides(Language.RO).get(0).sentences().get(1).startsWith("Primul echipaj care a locuit la bord, Expediția 1,"
                + " a plecat pe "), slides(Language.RO).get(0).sentences().get(1));
        assertTrue(!slides.get(0).view().to().isBefore(LocalDate.of(2002, 4, 1)),
                "the view runs on to the first crew to live aboard: " + slides.get(0).view());
    }

    @Test
    void theFirstCrewToLiveAboardArrivesWhenItDocks() {
        history();
        missions.removeIf(m -> m.slug().equals("c-1"));
        missions.add(new LedgerMission("c-1", "C-1", "capsule", Outcome.NOMINAL, at("2002-04-01T08:00:00Z"),
                at("2002-04-03T09:30:00Z"), at("2002-09-30T08:00:00Z"), at("2002-10-01T08:00:00Z"), List.of(1),
                List.of(new LedgerSeat("c-1-cmdr", "Commander of c-1", "RU", "Commander", "c-1", at("2002-10-01T08:00:00Z"),
                        List.of(1))), false));
        String sentence = slides(Language.EN).get(0).sentences().get(1);
        assertTrue(sentence.startsWith("The first crew to live aboard, Expedition 1, arrived on <time datetime=\"2002-04-03T09:30Z\">"),
                sentence);
        assertTrue(slides(Language.RO).get(0).sentences().get(1).contains(", a sosit pe "));
    }

    @Test
    void crewsAreNamedCommanderFirst() {
        vehicle("wings", "US", null);
        missions.add(new LedgerMission("w-1", "W-1", "wings", Outcome.NOMINAL, at("2000-03-01T10:00:00Z"), null, null,
                at("2000-03-12T10:00:00Z"), List.of(), List.of(
                        new LedgerSeat("exp", "Expedition Commander Di", "US", "Commander", "w-1", null, List.of(3)),
                        new LedgerSeat("ms", "Specialist Ann", "US", "Mission Specialist", "w-1", null, List.of()),
                        new LedgerSeat("plt", "Pilot Bo", "US", "Pilot", "w-1", null, List.of()),
                        new LedgerSeat("cdr", "Commander Cy", "US", "Commander", "w-1", null, List.of())), false));
        String sentence = slides(Language.EN).get(0).sentences().get(0);
        assertTrue(sentence.endsWith(": Commander Cy, Pilot Bo, Expedition Commander Di and Specialist Ann."), sentence);
        // The timeline's bar titles read the crew out the same way.
        Ledger ledger = Ledger.of(vehicles, missions, standDowns, NOW);
        String title = TimelineLayout.draw(ledger, TimelineLayout.fullView(ledger), Language.EN).lanes().stream()
                .flatMap(lane -> lane.bars().stream()).filter(bar -> bar.slug().equals("w-1")).findFirst().orElseThrow().title();
        assertTrue(title.contains("Commander Cy, Pilot Bo, Expedition Commander Di and Specialist Ann"), title);
    }

    @Test
    void aFirstCrewThatStayedAboardIsToldOnce() {
        vehicle("capsule", "RU", null);
        flight("c-1", "capsule", "2002-04-01T08:00:00Z", "2002-10-01T08:00:00Z", 1);
        flight("c-2", "capsule", "2002-09-01T08:00:00Z", "2003-03-01T08:00:00Z", 2);
        List<Slide> slides = slides(Language.EN);
        assertEquals("first-crew", slides.get(0).kind());
        assertEquals(1, slides.get(0).sentences().size(), "the first crew was the first to live aboard: one sentence");
    }

    @Test
    void theTimelineZoomsOnEachEventAndHighlightsItsFlight() {
        history();
        List<Slide> slides = slides(Language.EN);
        Slide era = slides.get(4);
        assertTrue(era.view().from().isBefore(LocalDate.of(2010, 6, 1)) && era.view().from().isAfter(LocalDate.of(2008, 12, 31)),
                "the era's view starts a little before it: " + era.view());
        assertTrue(era.view().to().isAfter(LocalDate.of(2020, 5, 30)) && era.view().to().isBefore(LocalDate.of(2022, 1, 1)),
                "and ends a little after it: " + era.view());
        assertEquals("w-3", era.view().highlight(), "the last landing began the era");
        assertEquals("d-test", slides.get(6).view().highlight());
        assertEquals(LocalDate.of(2000, 1, 1), slides.get(0).view().from(), "never before the history's first year");
    }

    @Test
    void oneMoreFlightOfANewVehicleAddsOneSlide() {
        history();
        int before = slides(Language.EN).size();
        vehicle("lantern", "CN", null);
        flight("l-1", "lantern", "2023-06-01T12:00:00Z", null, 70);
        List<Slide> slides = slides(Language.EN);
        assertEquals(before + 1, slides.size());
        Slide added = slides.stream().filter(s -> s.title().equals("The first crewed lantern flight")).findFirst().orElseThrow();
        assertEquals("first-flight", added.kind());
        assertEquals("l-1", added.view().highlight());
        String today = slides.get(slides.size() - 1).sentences().get(0);
        assertTrue(today.endsWith("people can fly to the station on capsule, dragonfly and lantern."), today);
    }

    @Test
    void aStandDownStillInForceSaysSoAndRomanianHasItsOwnWords() {
        history();
        // Another country's vehicle flying too, so the stand-down begins no sole-access era.
        vehicle("lantern", "CN", null);
        flight("l-1", "lantern", "2023-06-01T12:00:00Z", null, 70);
        standDown("dragonfly", "2026-01-10T00:00:00Z", null, "Parachute inspection.");
        List<Slide> slides = slides(Language.RO);
        Slide grounded = slides.stream().filter(s -> s.kind().equals("stand-down") && s.at().at().toString().startsWith("2026"))
                .findFirst().orElseThrow();
        assertEquals("Zborurile cu dragonfly se opresc", grounded.title());
        assertTrue(grounded.sentences().get(1).startsWith("De atunci, niciun echipaj nu a mai zburat cu dragonfly: 10 luni"),
                grounded.sentences().get(1));
        assertEquals("<span lang=\"en\">parachute inspection</span>", grounded.sentences().get(0)
                .replaceAll(".*suspendate: (.*)\\.$", "$1"), "a reason the data gives only in English is marked as such");
    }
}
