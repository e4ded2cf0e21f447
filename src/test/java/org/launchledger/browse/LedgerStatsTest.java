package org.launchledger.browse;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.sameInstance;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.launchledger.history.CrewSeat;
import org.launchledger.history.IssFlight;
import org.launchledger.history.Mission;
import org.launchledger.history.Outcome;
import org.launchledger.history.Vehicle;
import org.launchledger.timeline.AccessService;
import org.launchledger.timeline.Ledger;

/**
 * The statistics counted from the ledger in memory ({@link LedgerStats}) are the ones the database
 * gives by aggregate queries over the same history (the queries /stats ran before they were
 * replaced): the same rows, counts and order, on the whole seed.
 */
@QuarkusTest
class LedgerStatsTest {

    @Inject
    AccessService access;

    @Inject
    EntityManager em;

    @Test
    void launchesPerYearAreTheDatabasesCount() {
        List<Mission.LaunchesInYear> counted = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select new org.launchledger.history.Mission$LaunchesInYear(year(m.launchAt), m.vehicle.slug, count(m))"
                        + " from Mission m where m.outcome <> :planned and exists (select 1 from CrewSeat s where s.mission = m)"
                        + " group by year(m.launchAt), m.vehicle.slug order by year(m.launchAt), m.vehicle.slug",
                Mission.LaunchesInYear.class).setParameter("planned", Outcome.PLANNED).getResultList());

        assertThat(counted.size() > 20, is(true));
        assertThat(LedgerStats.launchesPerYear(ledger()), equalTo(counted));
    }

    @Test
    void seatsByNationalityAreTheDatabasesCount() {
        List<CrewSeat.SeatsOfCountry> counted = QuarkusTransaction.requiringNew().call(() -> IssFlight.bind(em.createQuery(
                "select new org.launchledger.history.CrewSeat$SeatsOfCountry(p.nationality, count(s.id), count(distinct p.id))"
                        + " from CrewSeat s join s.person p join s.mission m where " + IssFlight.reached("m")
                        + " group by p.nationality order by count(s.id) desc, p.nationality",
                CrewSeat.SeatsOfCountry.class)).getResultList());

        assertThat(counted.size() > 10, is(true));
        assertThat(LedgerStats.seatsByNationality(ledger()), equalTo(counted));
    }

    @Test
    void talliesPerVehicleAreTheDatabasesCount() {
        Map<String, Vehicle.Tally> counted = QuarkusTransaction.requiringNew().call(() -> IssFlight.bind(em.createQuery(
                "select new org.launchledger.history.Vehicle$Tally(v.slug, count(distinct m.id), count(s.id),"
                        + " count(distinct s.person.id)) from CrewSeat s join s.mission m join m.vehicle v where "
                        + IssFlight.reached("m") + " group by v.slug", Vehicle.Tally.class)).getResultList())
                .stream().collect(Collectors.toMap(Vehicle.Tally::vehicle, t -> t));

        assertThat("every vehicle has carried a crew to the station", counted.size(), is(4));
        assertThat(LedgerStats.tallies(ledger()), equalTo(counted));
    }

    @Test
    void theLongestFlightsAreTheDatabasesLongest() {
        List<String> counted = QuarkusTransaction.requiringNew().call(() -> IssFlight.bind(em.createQuery(
                "select p.slug || ' ' || m.slug || ' ' || l.slug from CrewSeat s join s.person p join s.mission m"
                        + " join s.landedOn l where l.landingAt is not null and " + IssFlight.reached("m")
                        + " order by (extract(epoch from l.landingAt) - extract(epoch from m.launchAt)) desc, p.name",
                String.class)).setMaxResults(CrewSeat.LONGEST_LISTED).getResultList());

        List<LedgerStats.LongestFlight> longest = LedgerStats.longest(ledger(), CrewSeat.LONGEST_LISTED);

        assertThat(longest, hasSize(CrewSeat.LONGEST_LISTED));
        assertThat(longest.stream().map(f -> f.person() + " " + f.launchedOn().slug() + " " + f.landedOn().slug())
                .toList(), equalTo(counted));
    }

    @Test
    void seatsPerPeriodOfAccessAddUpToEveryIssSeat() {
        Ledger ledger = ledger();
        List<Map<String, Long>> perPeriod = LedgerStats.seatsPerPeriod(ledger);
        long seats = LedgerStats.seatsByNationality(ledger).stream().mapToLong(CrewSeat.SeatsOfCountry::seats).sum();

        assertThat(perPeriod, hasSize(ledger.access().periods().size()));
        assertThat(seats > 0, is(true));
        assertThat(perPeriod.stream().flatMap(period -> period.values().stream()).mapToLong(Long::longValue).sum(),
                is(seats));
        Map<String, Long> perVehicle = perPeriod.stream().flatMap(period -> period.entrySet().stream())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, Long::sum));
        Map<String, Long> tallied = LedgerStats.tallies(ledger).values().stream()
                .collect(Collectors.toMap(Vehicle.Tally::vehicle, Vehicle.Tally::seats));
        assertThat("each vehicle's seats, over the periods", perVehicle, equalTo(tallied));
    }

    @Test
    void theCountsAreKeptPerDataVersionAndThePeriodsPerMinute() {
        Ledger ledger = ledger();
        LedgerStats.Figures figures = LedgerStats.of(ledger);

        assertThat(figures.tallies(), equalTo(LedgerStats.tallies(ledger)));
        assertThat(figures.seatsPerPeriod(), equalTo(LedgerStats.seatsPerPeriod(ledger)));
        assertThat(LedgerStats.of(ledger).tallies(), sameInstance(figures.tallies()));
        assertThat(LedgerStats.of(ledger).seatsPerPeriod(), sameInstance(figures.seatsPerPeriod()));
        LedgerStats.Figures aMinuteLater = LedgerStats.of(ledger.asOf(ledger.asOf().plusSeconds(60)));
        assertThat("the same history: not counted again", aMinuteLater.longest(), sameInstance(figures.longest()));
        assertThat("another analysis: its periods again", aMinuteLater.seatsPerPeriod(),
                not(sameInstance(figures.seatsPerPeriod())));
    }

    private Ledger ledger() {
        return access.ledger();
    }
}
