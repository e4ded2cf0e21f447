package org.launchledger.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.launchledger.history.CrewSeat;
import org.launchledger.history.MadeUp;
import org.launchledger.history.Mission;
import org.launchledger.history.Outcome;
import org.launchledger.history.Person;
import org.launchledger.history.Precision;
import org.launchledger.history.StandDown;
import org.launchledger.history.Vehicle;
import org.launchledger.timeline.TimelineChart.Bar;
import org.launchledger.timeline.TimelineChart.Block;
import org.launchledger.timeline.TimelineLayout.View;
import org.launchledger.web.Language;

/** Where the drawing stops: anything still under way ends at today, open; nothing after today. */
class TimelineLayoutTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    /** A view from 2026 to 2030, so today is inside it. */
    private static final View TO_2030 = new View(LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31), Set.of(), null, true);

    private final List<Vehicle> vehicles = new ArrayList<>();
    private final List<Mission> missions = new ArrayList<>();
    private final List<StandDown> standDowns = new ArrayList<>();
    private final List<CrewSeat> seats = new ArrayList<>();

    private Vehicle vehicle(String slug, String country) {
        Vehicle v = MadeUp.vehicle(slug, country);
        vehicles.add(v);
        return v;
    }

    private Mission flight(String slug, Vehicle v, String launch, String docking, String landing, Outcome outcome) {
        Mission m = MadeUp.mission(slug, v, outcome, launch, docking, null, landing);
        CrewSeat seat = new CrewSeat();
        seat.mission = m;
        seat.person = new Person();
        seat.person.name = "Someone";
        seats.add(seat);
        missions.add(m);
        return m;
    }

    private void standDown(Vehicle v, String from, String to) {
        StandDown s = new StandDown();
        s.vehicle = v;
        s.fromAt = Instant.parse(from);
        s.fromPrecision = Precision.SECOND;
        s.toAt = to == null ? null : Instant.parse(to);
        s.toPrecision = Precision.SECOND;
        s.reason = "grounded";
        standDowns.add(s);
    }

    private TimelineChart draw(View view) {
        return TimelineLayout.draw(Ledger.read(vehicles, missions, seats, standDowns, NOW), view, Language.EN);
    }

    private static Bar bar(TimelineChart chart, String slug) {
        return chart.lanes().stream().flatMap(l -> l.bars().stream()).filter(b -> b.slug().equals(slug))
                .findFirst().orElseThrow();
    }

    @Test
    void aFlightNotLandedYetEndsAtTodayAndIsOpen() {
        Vehicle dragon = vehicle("dragon", "US");
        flight("up-1", dragon, "2026-02-13T10:15:00Z", "2026-02-14T20:15:00Z", null, Outcome.IN_PROGRESS);

        TimelineChart chart = draw(TO_2030);

        Bar bar = bar(chart, "up-1");
        assertNotNull(chart.today(), "a view past today marks today");
        assertEquals(chart.today().x(), bar.right(), "the bar stops at today");
        assertTrue(bar.right() < chart.plotRight());
        assertTrue(bar.open());
        assertTrue(bar.title().contains("ongoing"), bar.title());
        assertEquals(chart.today().x(), bar.dockX() + bar.dockWidth(), "still docked today");
    }

    @Test
    void aFlightThatLandedIsClosedAtItsLanding() {
        Vehicle dragon = vehicle("dragon", "US");
        flight("done-1", dragon, "2026-02-13T10:15:00Z", null, "2026-06-01T00:00:00Z", Outcome.NOMINAL);

        Bar bar = bar(draw(TO_2030), "done-1");

        assertFalse(bar.open());
        assertFalse(bar.title().contains("ongoing"), bar.title());
    }

    @Test
    void aLandingStillToComeIsNotDrawnAsHappened() {
        Vehicle dragon = vehicle("dragon", "US");
        flight("up-1", dragon, "2026-02-13T10:15:00Z", null, "2027-03-01T00:00:00Z", Outcome.NOMINAL);

        TimelineChart chart = draw(TO_2030);

        assertEquals(chart.today().x(), bar(chart, "up-1").right());
        assertTrue(bar(chart, "up-1").open());
    }

    @Test
    void anEraStillRunningAndWhoCanFlyEndAtToday() {
        Vehicle capsule = vehicle("capsule", "RU");
        flight("c-1", capsule, "2011-01-01T00:00:00Z", "2011-01-03T00:00:00Z", "2011-06-01T00:00:00Z", Outcome.NOMINAL);

        TimelineChart chart = draw(TO_2030);

        TimelineChart.Band era = chart.bands().get(0);
        assertEquals(chart.today().x(), era.right());
        assertTrue(era.open());
        assertTrue(era.title().contains("today (ongoing)"), era.title());
        Block who = chart.access().get(chart.access().size() - 1);
        assertEquals(chart.today().x(), who.right());
        assertTrue(who.open());
    }

    @Test
    void aStandDownStillInForceEndsAtToday() {
        Vehicle capsule = vehicle("capsule", "RU");
        flight("c-1", capsule, "2011-01-01T00:00:00Z", null, "2011-06-01T00:00:00Z", Outcome.NOMINAL);
        standDown(capsule, "2026-05-01T00:00:00Z", "2027-05-01T00:00:00Z");

        TimelineChart chart = draw(TO_2030);

        Block s = chart.lanes().get(0).standDowns().get(0);
        assertEquals(chart.today().x(), s.right());
        assertTrue(s.open());
        assertTrue(s.title().contains("ongoing"), s.title());
    }

    @Test
    void nothingIsDrawnAfterToday() {
        Vehicle dragon = vehicle("dragon", "US");
        Vehicle capsule = vehicle("capsule", "RU");
        flight("up-1", dragon, "2026-02-13T10:15:00Z", null, null, Outcome.IN_PROGRESS);
        flight("later", capsule, "2027-04-01T00:00:00Z", null, null, Outcome.PLANNED);
        flight("late-but-recorded", capsule, "2028-04-01T00:00:00Z", null, "2028-10-01T00:00:00Z", Outcome.NOMINAL);
        standDown(dragon, "2028-01-01T00:00:00Z", null);

        TimelineChart chart = draw(TO_2030);

        int today = chart.today().x();
        chart.bands().forEach(b -> assertTrue(b.right() <= today, b.title()));
        chart.access().forEach(a -> assertTrue(a.right() <= today, a.title()));
        chart.lanes().forEach(l -> l.bars().forEach(b -> assertTrue(b.right() <= today, b.title())));
        chart.lanes().forEach(l -> assertTrue(l.standDowns().isEmpty(), "a stand-down still to come"));
        assertTrue(chart.milestones().stream().allMatch(m -> m.x() <= today));
        assertEquals(1, chart.lanes().stream().mapToLong(l -> l.bars().size()).sum(), "planned flights are not drawn");
    }

    @Test
    void aViewThatEndsBeforeTodayRunsOpenShapesToItsEnd() {
        Vehicle dragon = vehicle("dragon", "US");
        flight("up-1", dragon, "2026-02-13T10:15:00Z", null, null, Outcome.IN_PROGRESS);

        TimelineChart chart = draw(new View(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), Set.of(), null, true));

        assertNull(chart.today(), "today is not in this view");
        assertEquals(chart.plotRight(), bar(chart, "up-1").right());
        assertTrue(bar(chart, "up-1").open());
    }

    @Test
    void theWholeHistoryRunsToTheEndOfThisYearAndAStripShowsAFlightUnderWayToToday() {
        Vehicle dragon = vehicle("dragon", "US");
        Mission up = flight("up-1", dragon, "2026-02-13T10:15:00Z", null, null, Outcome.IN_PROGRESS);
        Ledger ledger = Ledger.read(vehicles, missions, seats, standDowns, NOW);

        assertEquals(LocalDate.of(2026, 12, 31), TimelineLayout.fullView(ledger).to());
        View strip = TimelineLayout.missionView(ledger, ledger.mission(up.slug).orElseThrow());
        assertTrue(strip.to().isAfter(LocalDate.of(2026, 11, 30)), "the strip reaches past today: " + strip);
        assertEquals(TimelineLayout.draw(ledger, strip, Language.EN).today().x(), bar(TimelineLayout.draw(ledger, strip, Language.EN), "up-1").right());
    }

    private static List<String> labels(TimelineChart chart) {
        return chart.ticks().stream().map(TimelineChart.Tick::label).filter(l -> !l.isEmpty()).toList();
    }

    @Test
    void theAxisIsMarkedByYearMonthOrDayAsTheViewIsLongOrShort() {
        vehicle("dragon", "US");
        // Five years: a tick a year, each named.
        TimelineChart years = draw(new View(LocalDate.of(2011, 1, 1), LocalDate.of(2015, 12, 31), Set.of(), null, true));
        assertEquals(List.of("2011", "2012", "2013", "2014", "2015"), labels(years));
        // A year: a tick a month, January by its year.
        TimelineChart months = draw(new View(LocalDate.of(2011, 6, 15), LocalDate.of(2012, 3, 31), Set.of(), null, true));
        assertEquals(List.of("Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "2012", "Feb", "Mar"), labels(months));
        // A month: a tick a day, numbered, the first by its month; ticks left to right.
        TimelineChart days = draw(new View(LocalDate.of(2011, 7, 1), LocalDate.of(2011, 7, 31), Set.of(), null, true));
        assertEquals(31, days.ticks().size());
        assertEquals("1 Jul", labels(days).get(0));
        assertEquals("31", labels(days).get(labels(days).size() - 1));
        assertTrue(IntStream.range(1, days.ticks().size()).allMatch(i -> days.ticks().get(i).x() > days.ticks().get(i - 1).x()));
        // In Romanian, the months' own names.
        TimelineChart ro = TimelineLayout.draw(Ledger.read(vehicles, missions, seats, standDowns, NOW),
                new View(LocalDate.of(2011, 6, 15), LocalDate.of(2012, 3, 31), Set.of(), null, true), Language.RO);
        assertTrue(labels(ro).contains("iul."), labels(ro).toString());
        // Two months: every fifth day numbered, none just before a month's name; a view from mid-month names its month.
        TimelineChart twoMonths = draw(new View(LocalDate.of(2011, 6, 12), LocalDate.of(2011, 8, 10), Set.of(), null, true));
        assertEquals(List.of("12 Jun", "15", "20", "25", "1 Jul", "5", "10", "15", "20", "25", "1 Aug", "5", "10"),
                labels(twoMonths));
        TimelineChart oneDay = draw(new View(LocalDate.of(2011, 7, 8), LocalDate.of(2011, 7, 8), Set.of(), null, true));
        assertEquals(List.of("8 Jul"), labels(oneDay));
    }

    @Test
    void aViewWhollyAfterTodayIsEmpty() {
        Vehicle dragon = vehicle("dragon", "US");
        flight("up-1", dragon, "2026-02-13T10:15:00Z", null, null, Outcome.IN_PROGRESS);

        TimelineChart chart = draw(new View(LocalDate.of(2028, 1, 1), LocalDate.of(2030, 12, 31), Set.of(), null, true));

        assertNull(chart.today());
        assertTrue(chart.bands().isEmpty() && chart.access().isEmpty());
        assertTrue(chart.lanes().get(0).bars().isEmpty());
    }

    /** {@code count} flights of nine days each, one every {@code everyHours} hours from 2001-01-01. */
    private void manyFlights(Vehicle v, int count, int everyHours) {
        Instant first = Instant.parse("2001-01-01T00:00:00Z");
        for (int i = 0; i < count; i++) {
            Instant launch = first.plusSeconds(i * everyHours * 3600L);
            flight(String.format("f-%05d", i), v, launch.toString(), launch.plusSeconds(6 * 3600).toString(),
                    launch.plusSeconds(9 * 86_400).toString(), Outcome.NOMINAL);
        }
    }

    private static final View WHOLE = new View(LocalDate.of(2001, 1, 1), LocalDate.of(2026, 12, 31), Set.of(), null, true);

    @Test
    void aLaneWithTooManyFlightsCountsThemInColumnsThatAddUpToAll() {
        Vehicle capsule = vehicle("capsule", "RU");
        manyFlights(capsule, 3_000, 72);

        TimelineChart.Lane lane = draw(WHOLE).lanes().get(0);

        assertTrue(lane.bars().isEmpty(), "no bar per flight");
        assertFalse(lane.groups().isEmpty());
        assertTrue(lane.groups().size() <= (TimelineLayout.PLOT_RIGHT - TimelineLayout.PLOT_LEFT) / TimelineLayout.GROUP_WIDTH + 1,
                "at most one column per " + TimelineLayout.GROUP_WIDTH + " px: " + lane.groups().size());
        assertEquals(3_000, lane.groups().stream().mapToInt(TimelineChart.Group::count).sum());
        TimelineChart.Group first = lane.groups().get(0);
        assertTrue(first.query().startsWith("vehicle=capsule&from=2001-01-01&to=2001-"), first.query());
        assertTrue(first.title().startsWith(first.count() + " flights of capsule launched 2001-01-01 – "), first.title());
        int tallest = lane.groups().stream().mapToInt(TimelineChart.Group::height).max().orElseThrow();
        assertEquals(TimelineLayout.GROUP_HEIGHT, tallest, "the fullest column is the full height");
        assertTrue(lane.groups().stream().allMatch(g -> g.y() + g.height() == first.y() + first.height()),
                "columns stand on one baseline");
    }

    @Test
    void flightsThatWouldNeedTooManyTracksAreCountedEvenWhenFew() {
        Vehicle capsule = vehicle("capsule", "RU");
        // Twenty flights launched an hour apart, all in space together: twenty tracks.
        manyFlights(capsule, 20, 1);

        TimelineChart.Lane lane = draw(WHOLE).lanes().get(0);

        assertTrue(lane.bars().isEmpty());
        assertEquals(20, lane.groups().stream().mapToInt(TimelineChart.Group::count).sum());
    }

    @Test
    void aFewFlightsKeepABarEach() {
        Vehicle capsule = vehicle("capsule", "RU");
        manyFlights(capsule, 200, 24 * 30);

        TimelineChart.Lane lane = draw(WHOLE).lanes().get(0);

        assertEquals(200, lane.bars().size());
        assertTrue(lane.groups().isEmpty());
    }

    @Test
    void theHighlightedFlightKeepsItsBarInACountedLane() {
        Vehicle capsule = vehicle("capsule", "RU");
        manyFlights(capsule, 3_000, 72);
        View highlighted = new View(WHOLE.from(), WHOLE.to(), Set.of("capsule"), "f-01500", false);

        TimelineChart.Lane lane = draw(highlighted).lanes().get(0);

        assertEquals(List.of("f-01500"), lane.bars().stream().map(Bar::slug).toList());
        assertTrue(lane.bars().get(0).highlight());
        assertEquals(3_000, lane.groups().stream().mapToInt(TimelineChart.Group::count).sum());
        assertTrue(lane.bars().get(0).y() + lane.bars().get(0).height() <= lane.groups().get(0).y()
                        + lane.groups().get(0).height() - TimelineLayout.GROUP_HEIGHT,
                "the bar sits above the columns");
    }
}
