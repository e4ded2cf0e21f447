package org.launchledger.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.launchledger.history.reference.ReferenceData;

/** The database, as loaded by the migrations, says what data/reference/*.csv says: drift is caught here. */
@QuarkusTest
@TestTransaction
class SeedMatchesReferenceTest {

    private static final ReferenceData REFERENCE = ReferenceData.load();

    private static String iso(String csvValue) {
        return csvValue.isEmpty() ? null : Moment.parse(csvValue).iso();
    }

    private static String iso(Moment moment) {
        return moment == null ? null : moment.iso();
    }

    @Test
    void missionsPerVehicle() {
        Map<String, Long> expected = REFERENCE.missions().stream()
                .collect(Collectors.groupingBy(ReferenceData.MissionRow::vehicleSlug, TreeMap::new, Collectors.counting()));
        Map<String, Long> actual = Mission.listAllInLaunchOrder().stream()
                .collect(Collectors.groupingBy(m -> m.vehicle.slug, TreeMap::new, Collectors.counting()));
        assertEquals(expected, actual);
    }

    @Test
    void everyMissionKeepsItsDatesOutcomeAndSources() {
        Map<String, Mission> bySlug = Mission.listAllInLaunchOrder().stream()
                .collect(Collectors.toMap(m -> m.slug, Function.identity()));
        assertEquals(REFERENCE.missions().size(), bySlug.size());
        for (var row : REFERENCE.missions()) {
            Mission m = bySlug.get(row.slug());
            String where = row.slug() + ": ";
            assertEquals(row.designation(), m.designation, where + "designation");
            assertEquals(iso(row.launch()), iso(m.launch()), where + "launch");
            assertEquals(iso(row.docking()), iso(m.docking()), where + "docking");
            assertEquals(iso(row.undocking()), iso(m.undocking()), where + "undocking");
            assertEquals(iso(row.landing()), iso(m.landing()), where + "landing");
            assertEquals(row.outcome(), m.outcome.code, where + "outcome");
            assertEquals(row.spacecraftSlug(), m.spacecraft == null ? null : m.spacecraft.slug, where + "spacecraft");
            assertEquals(row.sources(), m.sources, where + "sources");
            assertEquals(row.expeditions(), m.expeditions, where + "expeditions");
            assertEquals(row.unverified(), m.unverified, where + "unverified");
        }
    }

    @Test
    void everyCrewSeatWithItsLandingMission() {
        List<String> expected = REFERENCE.crew().stream()
                .map(c -> String.join("|", c.missionSlug(), c.personSlug(), c.role(), c.landedOn()))
                .sorted().toList();
        List<String> actual = CrewSeat.<CrewSeat>list("from CrewSeat s join fetch s.mission join fetch s.person"
                        + " left join fetch s.landedOn").stream()
                .map(s -> String.join("|", s.mission.slug, s.person.slug, s.role,
                        s.landedOn == null ? "" : s.landedOn.slug))
                .sorted().toList();
        assertEquals(expected, actual);
    }

    @Test
    void everyPerson() {
        List<String> expected = REFERENCE.people().stream()
                .map(p -> String.join("|", p.slug(), p.name(), p.nationality(), p.agency(), p.wikipedia()))
                .sorted().toList();
        List<String> actual = Person.<Person>listAll().stream()
                .map(p -> String.join("|", p.slug, p.name, p.nationality, p.agency, p.wikipedia))
                .sorted().toList();
        assertEquals(expected, actual);
    }

    @Test
    void everyStandDown() {
        List<String> expected = REFERENCE.standDowns().stream()
                .map(s -> String.join("|", s.vehicleSlug(), iso(s.from()), String.valueOf(iso(s.to())),
                        String.join(" ", s.sources())))
                .toList();
        List<String> actual = StandDown.listAllInOrder().stream()
                .map(s -> String.join("|", s.vehicle.slug, iso(s.from()), String.valueOf(iso(s.to())),
                        String.join(" ", s.sources)))
                .toList();
        assertEquals(expected, actual);
    }

    @Test
    void everyVehicle() {
        List<String> expected = REFERENCE.vehicles().stream()
                .map(v -> String.join("|", v.slug(), v.country(), String.valueOf(v.crewSeats()),
                        String.valueOf(iso(v.retiredOn()))))
                .sorted().toList();
        List<String> actual = Vehicle.<Vehicle>listAll().stream()
                .map(v -> String.join("|", v.slug, v.country, String.valueOf(v.crewSeats), String.valueOf(iso(v.retired()))))
                .sorted().toList();
        assertEquals(expected, actual);
    }
}
