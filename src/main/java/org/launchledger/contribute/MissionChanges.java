package org.launchledger.contribute;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.launchledger.history.CrewSeat;
import org.launchledger.history.DataVersion;
import org.launchledger.history.Mission;
import org.launchledger.history.Moment;
import org.launchledger.history.Outcome;
import org.launchledger.history.Person;
import org.launchledger.history.RenamedSlug;
import org.launchledger.history.Spacecraft;
import org.launchledger.history.Vehicle;
import org.launchledger.web.ConflictProblem;
import org.launchledger.web.InvalidInputException;
import org.launchledger.web.InvalidInputException.Violation;

/**
 * Checks a written mission against every rule, then applies it: the one way a mission changes,
 * whether an editor writes it or approves a contributor's proposal. Nothing is stored when any
 * rule is broken, and every applied change increments the data version in its transaction.
 */
@ApplicationScoped
public class MissionChanges {

    private final Validator validator;
    private final Clock clock;
    private final PersonChanges personChanges;

    MissionChanges(Validator validator, Clock clock, PersonChanges personChanges) {
        this.validator = validator;
        this.clock = clock;
        this.personChanges = personChanges;
    }

    /**
     * A written mission with its references looked up, ready to apply. {@code people} holds null
     * for a seat's new person, created when the mission is applied.
     */
    public record Checked(MissionWrite write, Vehicle vehicle, Spacecraft spacecraft, Outcome outcome,
                          Moment launch, Moment docking, Moment undocking, Moment landing,
                          List<Person> people, List<String> landedOn) {
    }

    /**
     * Every rule a written mission breaks, as one exception; the mission with its references
     * otherwise.
     *
     * @param existing the mission it replaces, or null for a new one
     * @throws InvalidInputException listing every broken rule
     */
    public Checked check(MissionWrite write, Mission existing) {
        List<Violation> violations = new ArrayList<>();
        violations.addAll(Rules.constraints(validator, write));
        if (existing != null && write.version() == null) {
            violations.add(new Violation("version", "required"));
        }
        String own = existing == null ? null : existing.slug;
        if (write.slug() != null && !write.slug().equals(own) && Mission.count("slug", write.slug()) > 0) {
            violations.add(new Violation("slug", "taken", write.slug()));
        }
        if (write.designation() != null && Mission.count("designation = ?1 and slug <> ?2", write.designation(),
                own == null ? "" : own) > 0) {
            violations.add(new Violation("designation", "taken", write.designation()));
        }
        Vehicle vehicle = write.vehicle() == null ? null : Vehicle.findBySlug(write.vehicle()).orElse(null);
        if (write.vehicle() != null && !write.vehicle().isBlank() && vehicle == null) {
            violations.add(new Violation("vehicle", "unknown", "vehicle", write.vehicle()));
        }
        Spacecraft spacecraft = null;
        if (write.spacecraft() != null && !write.spacecraft().isBlank()) {
            spacecraft = Spacecraft.findBySlug(write.spacecraft()).orElse(null);
            if (spacecraft == null) {
                violations.add(new Violation("spacecraft", "unknown", "spacecraft", write.spacecraft()));
            } else if (vehicle != null && !spacecraft.vehicle.slug.equals(vehicle.slug)) {
                violations.add(new Violation("spacecraft", "other-vehicle", spacecraft.vehicle.slug));
            }
        }
        Outcome outcome = null;
        if (write.outcome() != null && !write.outcome().isBlank()) {
            outcome = Outcome.fromCode(write.outcome()).orElse(null);
            if (outcome == null) {
                violations.add(new Violation("outcome", "one-of",
                        String.join(", ", java.util.Arrays.stream(Outcome.values()).map(o -> o.code).toList()),
                        write.outcome()));
            }
        }
        Map<String, Moment> moments = new LinkedHashMap<>();
        moments.put("launch", Rules.moment("launch", write.launch(), violations));
        moments.put("docking", Rules.moment("docking", write.docking(), violations));
        moments.put("undocking", Rules.moment("undocking", write.undocking(), violations));
        moments.put("landing", Rules.moment("landing", write.landing(), violations));
        checkOrder(moments, violations);
        Instant now = clock.instant();
        Moment launch = moments.get("launch");
        if (launch != null && outcome != null) {
            if (outcome == Outcome.PLANNED && !launch.at().isAfter(now)) {
                violations.add(new Violation("launch", "planned-in-future", Moment.of(now, launch.precision()).iso()));
            } else if (outcome != Outcome.PLANNED && launch.at().isAfter(now)) {
                violations.add(new Violation("launch", "not-in-future", Moment.of(now, launch.precision()).iso()));
            }
        }
        List<Person> people = new ArrayList<>();
        List<String> landedOn = new ArrayList<>();
        checkCrew(write, vehicle, people, landedOn, violations);
        checkOverlaps(write, existing, launch, moments.get("landing"), people, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new Checked(write, vehicle, spacecraft, outcome, launch, moments.get("docking"),
                moments.get("undocking"), moments.get("landing"), people, landedOn);
    }

    /** launch ≤ docking ≤ undocking ≤ landing, among those given. */
    private static void checkOrder(Map<String, Moment> moments, List<Violation> violations) {
        String previousField = null;
        Moment previous = null;
        for (Map.Entry<String, Moment> entry : moments.entrySet()) {
            Moment moment = entry.getValue();
            if (moment == null) {
                continue;
            }
            if (previous != null && moment.at().isBefore(previous.at())) {
                violations.add(new Violation(entry.getKey(), "not-before", previousField, previous.iso()));
            }
            previousField = entry.getKey();
            previous = moment;
        }
    }

    private void checkCrew(MissionWrite write, Vehicle vehicle, List<Person> people, List<String> landedOn,
                           List<Violation> violations) {
        List<MissionWrite.Seat> crew = write.crewList();
        if (vehicle != null && crew.size() > vehicle.crewSeats) {
            violations.add(new Violation("crew", "seats", crew.size(), vehicle.crewSeats, vehicle.name));
        }
        Set<String> seen = new HashSet<>();
        Map<String, Boolean> missionExists = new HashMap<>();
        for (int i = 0; i < crew.size(); i++) {
            MissionWrite.Seat seat = crew.get(i);
            if (seat == null || seat.slug() == null || seat.slug().isBlank()) {
                continue;
            }
            String field = "crew[" + i + "]";
            if (!seen.add(seat.slug())) {
                violations.add(new Violation(field + ".slug", "twice", seat.slug()));
            }
            if (seat.newPerson() != null) {
                checkNewPerson(field, seat, violations);
                people.add(null);
            } else {
                Optional<Person> person = Person.findBySlug(seat.slug());
                if (person.isEmpty()) {
                    violations.add(new Violation(field + ".slug", "unknown", "person", seat.slug()));
                }
                people.add(person.orElse(null));
            }
            String home = seat.landedOn() == null || seat.landedOn().isBlank() ? null : seat.landedOn();
            // The flight home may be this very mission, under its new slug.
            if (home != null && !home.equals(write.slug())
                    && !missionExists.computeIfAbsent(home, s -> Mission.count("slug", s) > 0)) {
                violations.add(new Violation(field + ".landedOn", "unknown", "mission", home));
            }
            landedOn.add(home);
        }
    }

    /**
     * A person added with the mission keeps the rules of a person written alone; the seat names
     * them by the new person's slug. (Bean Validation has already checked the fields; this adds
     * the rules that need the database, such as a slug already taken.)
     */
    private void checkNewPerson(String field, MissionWrite.Seat seat, List<Violation> violations) {
        PersonWrite person = seat.newPerson();
        if (person.slug() != null && !person.slug().equals(seat.slug())) {
            violations.add(new Violation(field + ".slug", "new-person-slug", person.slug()));
        }
        try {
            personChanges.check(person, null);
        } catch (InvalidInputException e) {
            // Field rules are reported once, by the mission's own validation of the nested record.
            Rules.prefixed(field + ".newPerson.", e).stream()
                    .filter(v -> violations.stream().noneMatch(
                            w -> w.field().equals(v.field()) && w.rule().equals(v.rule())))
                    .forEach(violations::add);
        }
    }

    /**
     * Nobody can be on two flights at once: each crew member's time in space on this mission
     * (launch to the landing of the flight that brings them home; open while unknown) must not
     * overlap a seat they hold on another mission. Instants compared as stored, so a same-day
     * hand-over recorded at day precision is not an overlap.
     */
    private static void checkOverlaps(MissionWrite write, Mission existing, Moment launch, Moment landing,
                                      List<Person> people, List<Violation> violations) {
        if (launch == null) {
            return;
        }
        List<MissionWrite.Seat> crew = write.crewList();
        for (int i = 0; i < people.size(); i++) {
            Person person = people.get(i);
            if (person == null) {
                continue;
            }
            Optional<Instant> end = seatEnd(crew.get(i), write.slug(), landing);
            if (end == null) {
                // The flight home names no mission: that rule speaks; an overlap would only guess.
                continue;
            }
            for (CrewSeat other : CrewSeat.<CrewSeat>list("person", person)) {
                if (existing != null && other.mission.id.equals(existing.id)) {
                    continue;
                }
                Instant otherStart = other.mission.launchAt;
                Instant otherEnd = other.landedOn == null ? null : other.landedOn.landingAt;
                boolean startsBeforeOtherEnds = otherEnd == null || launch.at().isBefore(otherEnd);
                boolean otherStartsBeforeEnd = end.isEmpty() || otherStart.isBefore(end.get());
                if (startsBeforeOtherEnds && otherStartsBeforeEnd) {
                    violations.add(new Violation("crew[" + i + "].slug", "overlapping-flight", person.slug,
                            other.mission.designation));
                }
            }
        }
    }

    /**
     * When a seat's time in space ends: the landing of its flight home, empty while that is
     * unknown (still in space, or not landed yet); null when the flight home names no mission.
     */
    private static Optional<Instant> seatEnd(MissionWrite.Seat seat, String missionSlug, Moment landing) {
        String home = seat.landedOn();
        if (home == null || home.isBlank()) {
            return Optional.empty();
        }
        if (home.equals(missionSlug)) {
            return Optional.ofNullable(landing).map(Moment::at);
        }
        return Mission.findBySlug(home).map(m -> Optional.ofNullable(m.landingAt)).orElse(null);
    }

    /** Stores a checked new mission with its crew. Call within the writer's transaction. */
    public Mission create(Checked checked) {
        Mission mission = new Mission();
        fill(mission, checked);
        mission.persist();
        seat(mission, addNewPeople(checked));
        DataVersion.increment();
        return mission;
    }

    /**
     * Replaces a mission's fields and crew with checked ones, if the client read its current
     * version. A changed slug keeps answering at the old address (301). Call within the writer's
     * transaction.
     *
     * @throws ConflictProblem when {@code expectedVersion} is not the mission's version
     */
    public Mission update(Mission mission, long expectedVersion, Checked checked) {
        if (mission.version != expectedVersion) {
            throw new ConflictProblem("contribute.stale", mission.slug, expectedVersion, mission.version);
        }
        String oldSlug = mission.slug;
        fill(mission, checked);
        seat(mission, addNewPeople(checked));
        RenamedSlug.record("mission", oldSlug, mission.slug, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC),
                "renamed through the API");
        // Hibernate's version check runs at this flush: a concurrent writer gives a 409 here.
        Mission.getEntityManager().flush();
        DataVersion.increment();
        return mission;
    }

    /**
     * Deletes a mission and its seats. Refused (409) while it brought home people who launched on
     * another mission. Call within the writer's transaction.
     */
    public void delete(Mission mission) {
        List<String> others = CrewSeat.broughtHomeBy(mission).stream().map(s -> s.mission.slug).distinct().toList();
        if (!others.isEmpty()) {
            throw new ConflictProblem("contribute.brought-home", mission.slug, String.join(", ", others));
        }
        CrewSeat.<CrewSeat>list("mission", mission).forEach(s -> s.delete());
        mission.delete();
        DataVersion.increment();
    }

    /** Creates the people the crew adds, in the writer's transaction: the checked crew with them in place. */
    private Checked addNewPeople(Checked c) {
        List<Person> people = new ArrayList<>(c.people());
        List<MissionWrite.Seat> crew = c.write().crewList();
        for (int i = 0; i < people.size(); i++) {
            if (people.get(i) == null) {
                people.set(i, personChanges.create(crew.get(i).newPerson()));
            }
        }
        return new Checked(c.write(), c.vehicle(), c.spacecraft(), c.outcome(), c.launch(), c.docking(),
                c.undocking(), c.landing(), people, c.landedOn());
    }

    private static void fill(Mission mission, Checked c) {
        MissionWrite w = c.write();
        mission.slug = w.slug();
        mission.designation = w.designation();
        mission.vehicle = c.vehicle();
        mission.variant = Rules.blankToNull(w.variant());
        mission.spacecraft = c.spacecraft();
        mission.operator = Rules.blankToNull(w.operator());
        mission.launchAt = c.launch().at();
        mission.launchPrecision = c.launch().precision();
        mission.dockingAt = c.docking() == null ? null : c.docking().at();
        mission.dockingPrecision = c.docking() == null ? null : c.docking().precision();
        mission.undockingAt = c.undocking() == null ? null : c.undocking().at();
        mission.undockingPrecision = c.undocking() == null ? null : c.undocking().precision();
        mission.landingAt = c.landing() == null ? null : c.landing().at();
        mission.landingPrecision = c.landing() == null ? null : c.landing().precision();
        mission.launchSite = Rules.blankToNull(w.launchSite());
        mission.summary = Rules.blankToNull(w.summary());
        mission.outcome = c.outcome();
        mission.sources.clear();
        mission.sources.addAll(w.sources());
        mission.expeditions.clear();
        mission.expeditions.addAll(w.expeditionList().stream().distinct().toList());
    }

    /** Keeps the seats of people still aboard (their notes and expeditions), adds and removes the rest. */
    private static void seat(Mission mission, Checked c) {
        Map<Long, CrewSeat> kept = new HashMap<>();
        if (mission.id != null) {
            for (CrewSeat seat : CrewSeat.<CrewSeat>list("mission", mission)) {
                kept.put(seat.person.id, seat);
            }
        }
        List<CrewSeat> crew = new ArrayList<>();
        for (int i = 0; i < c.people().size(); i++) {
            Person person = c.people().get(i);
            CrewSeat seat = kept.remove(person.id);
            if (seat == null) {
                seat = new CrewSeat();
                seat.person = person;
                seat.mission = mission;
            }
            MissionWrite.Seat written = c.write().crewList().get(i);
            seat.position = i;
            seat.role = written.role();
            seat.expeditions.clear();
            seat.expeditions.addAll(written.expeditionList().stream().distinct().toList());
            String home = c.landedOn().get(i);
            seat.landedOn = home == null ? null
                    : home.equals(mission.slug) ? mission : Mission.<Mission>find("slug", home).firstResult();
            seat.persist();
            crew.add(seat);
        }
        kept.values().forEach(CrewSeat::delete);
        mission.crew.clear();
        mission.crew.addAll(crew);
    }
}
