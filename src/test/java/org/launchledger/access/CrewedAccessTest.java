package org.launchledger.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.launchledger.access.CrewedAccess.Flight;
import org.launchledger.access.CrewedAccess.StandDown;
import org.launchledger.access.CrewedAccess.Vehicle;
import org.launchledger.history.Moment;

/** The access definitions of DESIGN.md, checked on small made-up histories. */
class CrewedAccessTest {

    /** Today, for these histories: after every event in them unless a test says otherwise. */
    private static final Instant NOW = Instant.parse("2030-06-15T12:00:00Z");

    private final List<Vehicle> vehicles = new ArrayList<>();
    private final List<Flight> flights = new ArrayList<>();
    private final List<StandDown> standDowns = new ArrayList<>();

    private static Moment at(String iso) {
        return Moment.parse(iso);
    }

    private void vehicle(String slug, String country, String retired) {
        vehicles.add(new Vehicle(slug, country, retired == null ? null : at(retired)));
    }

    private void flight(String mission, String vehicle, String launch, String landing) {
        flights.add(new Flight(mission, vehicle, at(launch), landing == null ? null : at(landing), true));
    }

    private void abortedFlight(String mission, String vehicle, String launch) {
        flights.add(new Flight(mission, vehicle, at(launch), at(launch), false));
    }

    private void standDown(String vehicle, String from, String to) {
        standDowns.add(new StandDown(vehicle, at(from), to == null ? null : at(to), "grounded"));
    }

    private static AccessHistory.Period periodAt(AccessHistory history, java.time.Instant at) {
        return history.periods().stream().filter(p -> p.contains(at)).findFirst().orElseThrow();
    }

    private AccessHistory analyse() {
        return CrewedAccess.analyse(vehicles, flights, standDowns, NOW);
    }

    private AccessHistory analyseAsOf(String now) {
        return CrewedAccess.analyse(vehicles, flights, standDowns, Instant.parse(now));
    }

    private static void assertSegment(Segment s, String from, String to, Set<String> countries) {
        assertEquals(from, s.from().iso(), "from");
        assertEquals(to, s.to() == null ? null : s.to().iso(), "to");
        assertEquals(countries, s.countries(), "countries");
    }

    @Test
    void twoOverlappingVehiclesOfDifferentCountriesGiveTwoSoleEras() {
        vehicle("shuttle", "US", "2010-06-01");
        vehicle("capsule", "RU", null);
        flight("s-1", "shuttle", "2000-01-01", "2000-01-10");
        flight("s-2", "shuttle", "2010-05-20", "2010-06-01");
        flight("c-1", "capsule", "2005-01-01", "2005-06-01");

        AccessHistory history = analyse();

        assertEquals(3, history.segments().size());
        assertSegment(history.segments().get(0), "2000-01-01", "2005-01-01", Set.of("US"));
        assertSegment(history.segments().get(1), "2005-01-01", "2010-06-01", Set.of("US", "RU"));
        assertSegment(history.segments().get(2), "2010-06-01", null, Set.of("RU"));
        assertEquals(2, history.eras().size());
        Era us = history.eras().get(0);
        assertEquals("US", us.country());
        assertEquals("s-1", us.startedBy().mission());
        assertEquals("c-1", us.endedBy().mission());
        Era ru = history.eras().get(1);
        assertEquals("RU", ru.country());
        assertEquals("2010-06-01", ru.from().iso());
        assertEquals("s-2", ru.startedBy().mission(), "the retired vehicle's last landing starts the era");
        assertEquals(Change.Kind.RETIRED, ru.startedBy().kind());
    }

    @Test
    void aStandDownOpensASoleAccessEraThatTheReturnToFlightEnds() {
        vehicle("shuttle", "US", null);
        vehicle("capsule", "RU", null);
        flight("s-1", "shuttle", "1999-01-01", "1999-01-10");
        flight("c-1", "capsule", "2000-01-01", "2000-06-01");
        flight("s-rtf", "shuttle", "2005-07-26T14:39Z", "2005-08-09T12:11:22Z");
        standDown("shuttle", "2003-02-01", "2005-07-26T14:39Z");

        AccessHistory history = analyse();

        Era ru = history.eras().stream().filter(e -> e.country().equals("RU")).findFirst().orElseThrow();
        assertEquals("2003-02-01", ru.from().iso());
        assertEquals("2005-07-26T14:39Z", ru.to().iso());
        assertNull(ru.startedBy().mission(), "no flight marks the start of this stand-down");
        assertEquals(Change.Kind.STAND_DOWN_BEGAN, ru.startedBy().kind());
        assertEquals("stand-down:shuttle:2003-02-01", ru.startedBy().reference());
        assertEquals("s-rtf", ru.endedBy().mission());
    }

    @Test
    void anEmptySegmentBetweenTwoSoleSegmentsOfOneCountryBelongsToItsEra() {
        vehicle("capsule", "RU", null);
        flight("c-1", "capsule", "2011-01-01", "2011-06-01");
        abortedFlight("c-abort", "capsule", "2018-10-11T08:40:15Z");
        flight("c-next", "capsule", "2018-12-03T11:31:52Z", "2019-06-25");
        standDown("capsule", "2018-10-11T08:40:15Z", "2018-12-03T11:31:52Z");

        AccessHistory history = analyse();

        assertEquals(3, history.segments().size());
        assertSegment(history.segments().get(1), "2018-10-11T08:40:15Z", "2018-12-03T11:31:52Z", Set.of());
        assertEquals(1, history.gaps().size());
        assertEquals(1, history.eras().size(), "the gap does not split the era");
        assertEquals("2011-01-01", history.eras().get(0).from().iso());
        assertTrue(history.eras().get(0).isOpen());
        Change began = history.changes().stream()
                .filter(c -> c.kind() == Change.Kind.STAND_DOWN_BEGAN).findFirst().orElseThrow();
        assertEquals("c-abort", began.mission(), "the abort that caused the stand-down marks it");
    }

    @Test
    void anEmptySegmentBetweenTwoCountriesBelongsToNoEra() {
        vehicle("shuttle", "US", "2005-01-01");
        vehicle("capsule", "RU", null);
        flight("s-1", "shuttle", "2000-01-01", "2005-01-01");
        flight("c-1", "capsule", "2006-01-01", "2006-06-01");

        AccessHistory history = analyse();

        assertEquals(2, history.eras().size());
        assertEquals("2005-01-01", history.eras().get(0).to().iso());
        assertEquals("2006-01-01", history.eras().get(1).from().iso());
        assertEquals(Change.Kind.RETIRED, history.eras().get(0).endedBy().kind());
    }

    @Test
    void aRetiredVehicleGivesNoAccessAfterItsRetirement() {
        vehicle("shuttle", "US", "2011-07-21T09:57:54Z");
        flight("s-1", "shuttle", "1998-12-04", "1998-12-16");
        flight("s-last", "shuttle", "2011-07-08", "2011-07-21T09:57:54Z");

        AccessHistory history = analyse();

        assertEquals(2, history.segments().size());
        Segment after = history.segments().get(1);
        assertEquals("2011-07-21T09:57:54Z", after.from().iso());
        assertTrue(after.isEmpty());
        assertNull(after.to());
        assertEquals("2011-07-21T09:57:54Z", history.eras().get(0).to().iso(), "the era ends with the retirement");
    }

    @Test
    void anEraStillRunningTodayHasNoEnd() {
        vehicle("capsule", "RU", null);
        flight("c-1", "capsule", "2000-10-31", "2001-05-06");

        Era era = analyse().eras().get(0);

        assertTrue(era.isOpen());
        assertNull(era.to());
        assertNull(era.endedBy());
    }

    @Test
    void aFirstFlightThatAbortedOnLaunchGivesNoAccess() {
        vehicle("capsule", "RU", null);
        abortedFlight("c-abort", "capsule", "2001-01-01");
        flight("c-1", "capsule", "2002-01-01", "2002-06-01");

        AccessHistory history = analyse();

        assertEquals("2002-01-01", history.segments().get(0).from().iso());
        assertEquals("c-1", history.eras().get(0).startedBy().mission());
    }

    @Test
    void aVehicleThatNeverCarriedACrewGivesNoAccess() {
        vehicle("capsule", "RU", null);
        abortedFlight("c-abort", "capsule", "2001-01-01");

        AccessHistory history = analyse();

        assertTrue(history.segments().isEmpty());
        assertTrue(history.eras().isEmpty());
    }

    @Test
    void twoVehiclesOfOneCountryMakeOneEra() {
        vehicle("shuttle", "US", "2011-07-21");
        vehicle("dragon", "US", null);
        flight("s-1", "shuttle", "2000-01-01", "2000-01-10");
        flight("d-1", "dragon", "2010-01-01", "2010-02-01");

        AccessHistory history = analyse();

        assertEquals(3, history.segments().size(), "the vehicles change");
        assertEquals(Set.of("dragon", "shuttle"), history.segments().get(1).vehicles());
        assertEquals(1, history.eras().size(), "the country does not");
        assertTrue(history.eras().get(0).isOpen());
    }

    @Test
    void aStandDownStillInForceEndsAccessForGood() {
        vehicle("dragon", "US", null);
        vehicle("starliner", "US", null);
        flight("d-1", "dragon", "2020-05-30T19:22Z", "2020-08-02");
        flight("cft", "starliner", "2024-06-05T14:52:15Z", "2024-09-07T04:01Z");
        standDown("starliner", "2024-09-07T04:01Z", null);

        AccessHistory history = analyse();

        Segment last = history.segments().get(history.segments().size() - 1);
        assertEquals(Set.of("dragon"), last.vehicles());
        assertEquals("2024-09-07T04:01Z", last.from().iso());
        Change began = history.changes().stream()
                .filter(c -> c.kind() == Change.Kind.STAND_DOWN_BEGAN).findFirst().orElseThrow();
        assertEquals("cft", began.mission(), "a stand-down that starts at a landing is marked by that flight");
    }

    @Test
    void periodsAlternateBetweenErasAndSharedStretches() {
        vehicle("shuttle", "US", "2011-07-21");
        vehicle("capsule", "RU", null);
        vehicle("dragon", "US", null);
        flight("s-1", "shuttle", "1998-12-04", "1998-12-16");
        flight("c-1", "capsule", "2000-10-31", "2001-05-06");
        flight("d-1", "dragon", "2020-05-30", "2020-08-02");

        List<AccessHistory.Period> periods = analyse().periods();

        assertEquals(List.of("US", "shared", "RU", "shared"),
                periods.stream().map(p -> p.country() == null ? "shared" : p.country()).toList());
        assertEquals("2000-10-31", periods.get(1).from().iso());
        assertEquals("2011-07-21", periods.get(1).to().iso());
        assertEquals("2020-05-30", periods.get(3).from().iso());
        assertNull(periods.get(3).to());
        assertTrue(periods.get(2).contains(at("2015-01-01").at()));
        assertFalse(periods.get(2).contains(at("2020-05-30").at()), "an era ends where the next period starts");
    }

    @Test
    void aLaunchThatGroundedItsOwnVehicleCountsInThePeriodItClosed() {
        vehicle("capsule", "RU", null);
        vehicle("dragon", "US", null);
        flight("c-1", "capsule", "2011-01-01", "2011-06-01");
        flight("d-1", "dragon", "2020-05-30T19:22Z", "2020-08-02");
        flight("c-pad", "capsule", "2025-11-27T09:27:57Z", "2026-07-26");
        standDown("capsule", "2025-11-27T09:27:57Z", "2026-03-03");

        AccessHistory history = analyse();

        assertEquals(null, periodAt(history, history.countedAt("c-pad", at("2025-11-27T09:27:57Z").at())).country(),
                "the launch that wrecked the pad flew in the shared period before the US-only one");
        assertEquals("US", periodAt(history, history.countedAt("d-x", at("2026-01-01").at())).country());
        assertEquals(null, periodAt(history, history.countedAt("d-1", at("2020-05-30T19:22Z").at())).country(),
                "a first flight opens the period it starts");
    }

    @Test
    void aRetirementKnownOnlyToTheDayEndsWithThatDaysLastLanding() {
        vehicle("shuttle", "US", "2011-07-21");
        flight("s-1", "shuttle", "1998-12-04", "1998-12-16");
        flight("s-134", "shuttle", "2011-05-16", "2011-06-01");
        flight("s-135", "shuttle", "2011-07-08T15:29:04Z", "2011-07-21T09:57:54Z");

        Era era = analyse().eras().get(0);

        assertEquals("2011-07-21T09:57:54Z", era.to().iso());
        assertEquals("s-135", era.endedBy().mission());
    }

    @Test
    void aVehicleRetiredBeforeItEverFlewACrewGivesNoAccess() {
        vehicle("capsule", "RU", "2000-01-01");
        flight("c-1", "capsule", "2001-01-01", "2001-02-01");

        assertTrue(analyse().segments().isEmpty());
    }

    @Test
    void aStandDownInForceAtTheFirstFlightHoldsFromThatFlight() {
        vehicle("shuttle", "US", null);
        vehicle("capsule", "RU", null);
        flight("c-1", "capsule", "1999-01-01", "1999-06-01");
        flight("s-1", "shuttle", "2000-01-01T10:00Z", "2000-01-10");
        flight("s-2", "shuttle", "2000-06-01T10:00Z", "2000-06-10");
        standDown("shuttle", "1999-12-01", "2000-06-01T10:00Z");

        AccessHistory history = analyse();

        assertEquals(1, history.eras().size(), "the shuttle never added access before s-2");
        assertEquals("2000-06-01T10:00Z", history.eras().get(0).to().iso());
        assertEquals("s-2", history.eras().get(0).endedBy().mission());
    }

    @Test
    void overlappingStandDownsKeepAVehicleDownUntilTheLastEnds() {
        vehicle("shuttle", "US", null);
        vehicle("capsule", "RU", null);
        flight("s-1", "shuttle", "2000-01-01", "2000-01-10");
        flight("c-1", "capsule", "2000-06-01", "2000-12-01");
        standDown("shuttle", "2003-02-01", "2005-07-26");
        standDown("shuttle", "2004-01-01", "2006-07-04");

        Era ru = analyse().eras().stream().filter(e -> e.country().equals("RU")).findFirst().orElseThrow();

        assertEquals("2003-02-01", ru.from().iso());
        assertEquals("2006-07-04", ru.to().iso());
    }

    @Test
    void aStandDownThatEndsBeforeItBeginsClosesNothing() {
        vehicle("shuttle", "US", null);
        vehicle("capsule", "RU", null);
        flight("s-1", "shuttle", "2000-01-01", "2000-01-10");
        flight("c-1", "capsule", "2000-06-01", "2000-12-01");
        standDown("shuttle", "2005-01-01", "2004-01-01");

        AccessHistory history = analyse();

        assertEquals(2, history.segments().size());
        assertEquals(Set.of("RU", "US"), history.segments().get(1).countries());
    }

    @Test
    void aStandDownStraddlingRetirementEndsWithIt() {
        vehicle("shuttle", "US", "2011-07-21T09:57:54Z");
        vehicle("capsule", "RU", null);
        flight("s-1", "shuttle", "2000-01-01", "2000-01-10");
        flight("s-last", "shuttle", "2011-07-08", "2011-07-21T09:57:54Z");
        flight("c-1", "capsule", "2000-06-01", "2000-12-01");
        standDown("shuttle", "2011-01-01", "2012-01-01");

        AccessHistory history = analyse();

        assertTrue(history.changes().stream().noneMatch(c -> c.kind() == Change.Kind.STAND_DOWN_ENDED));
        Era ru = history.eras().get(history.eras().size() - 1);
        assertEquals("2011-01-01", ru.from().iso());
        assertTrue(ru.isOpen());
    }

    @Test
    void aFlightThatLaunchesAfterTodayHasNotFlownYet() {
        vehicle("capsule", "RU", null);
        vehicle("dragon", "US", null);
        flight("c-1", "capsule", "2011-01-01", "2011-06-01");
        flight("d-1", "dragon", "2027-05-01", "2027-06-01");

        AccessHistory history = analyseAsOf("2026-11-30T12:00:00Z");

        assertEquals(1, history.segments().size(), "the future flight changes nothing yet");
        assertTrue(history.eras().get(0).isOpen(), "Russia's era is still running today");
        assertTrue(history.changes().stream().noneMatch(c -> "d-1".equals(c.mission())));
    }

    @Test
    void whatEndsAfterTodayIsStillUnderWay() {
        vehicle("shuttle", "US", "2027-01-10");
        vehicle("capsule", "RU", null);
        flight("s-1", "shuttle", "2020-01-01", "2020-01-10");
        flight("s-last", "shuttle", "2027-01-01", "2027-01-10");
        flight("c-1", "capsule", "2021-01-01", "2021-06-01");
        standDown("capsule", "2026-01-01", "2027-03-01");

        AccessHistory history = analyseAsOf("2026-11-30T12:00:00Z");

        Segment last = history.segments().get(history.segments().size() - 1);
        assertNull(last.to(), "the stand-down to end next year is still in force today");
        assertEquals(Set.of("US"), last.countries());
        Era us = history.eras().get(history.eras().size() - 1);
        assertEquals("US", us.country());
        assertTrue(us.isOpen(), "a retirement still to come has not happened");
        assertTrue(history.changes().stream().noneMatch(c -> c.kind() == Change.Kind.RETIRED));
    }

    @Test
    void aStandDownThatBeginsAfterTodayHasNotBegun() {
        vehicle("capsule", "RU", null);
        flight("c-1", "capsule", "2011-01-01", "2011-06-01");
        standDown("capsule", "2027-01-01", null);

        AccessHistory history = analyseAsOf("2026-11-30T12:00:00Z");

        assertEquals(1, history.segments().size());
        assertEquals(Set.of("RU"), history.segments().get(0).countries());
    }
}
