package org.launchledger.contribute;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.launchledger.history.DataVersion;
import org.launchledger.history.Moment;
import org.launchledger.history.StandDown;
import org.launchledger.history.Vehicle;
import org.launchledger.web.ConflictProblem;
import org.launchledger.web.InvalidInputException;
import org.launchledger.web.InvalidInputException.Violation;

/**
 * Checks a written vehicle or stand-down against every rule, then applies it: the one way the
 * fleet changes, from the JSON API or the editors' forms. Nothing is stored when any rule is
 * broken; every applied change increments the data version in its transaction, so the timeline
 * shows it at once.
 */
@ApplicationScoped
public class FleetChanges {

    private final Validator validator;
    private final Clock clock;

    FleetChanges(Validator validator, Clock clock) {
        this.validator = validator;
        this.clock = clock;
    }

    /** A written vehicle with its retirement read ({@code null} while in service), ready to apply. */
    public record CheckedVehicle(VehicleWrite write, Moment retired) {
    }

    /** A written stand-down with its vehicle looked up and its span read, ready to apply. */
    public record CheckedStandDown(StandDownWrite write, Vehicle vehicle, Moment from, Moment to) {
    }

    /**
     * Every rule a written vehicle breaks, as one exception; the vehicle ready to apply otherwise.
     *
     * @param existing the vehicle it replaces
     * @throws InvalidInputException listing every broken rule
     */
    public CheckedVehicle check(VehicleWrite write, Vehicle existing) {
        List<Violation> violations = new ArrayList<>(Rules.constraints(validator, write));
        if (write.version() == null) {
            violations.add(new Violation("version", "required"));
        }
        if (write.country() != null && !write.country().isBlank() && !Rules.isCountry(write.country())) {
            violations.add(new Violation("country", "country", write.country()));
        }
        if (write.crewSeats() != null && write.crewSeats() >= VehicleWrite.MIN_SEATS) {
            Vehicle.largestCrew(existing).filter(c -> c.people() > write.crewSeats()).ifPresent(c ->
                    violations.add(new Violation("crewSeats", "seats-flown", c.people(), c.mission())));
        }
        Moment retired = Rules.moment("retired", write.retired(), violations);
        Rules.notInFuture("retired", retired, clock.instant(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new CheckedVehicle(write, retired);
    }

    /**
     * Replaces a vehicle's fields with checked ones, if the writer read its current version. Its
     * slug stays. Call within the writer's transaction.
     *
     * @throws ConflictProblem when {@code expectedVersion} is not the vehicle's version
     */
    public Vehicle update(Vehicle vehicle, long expectedVersion, CheckedVehicle checked) {
        if (vehicle.version != expectedVersion) {
            throw new ConflictProblem("fleet.vehicle-stale", vehicle.slug, expectedVersion, vehicle.version);
        }
        VehicleWrite w = checked.write();
        vehicle.name = w.name().strip();
        vehicle.country = w.country();
        vehicle.operator = w.operator().strip();
        vehicle.crewSeats = w.crewSeats();
        vehicle.retiredAt = checked.retired() == null ? null : checked.retired().at();
        vehicle.retiredPrecision = checked.retired() == null ? null : checked.retired().precision();
        vehicle.notes = Rules.blankToNull(w.notes());
        vehicle.notesRo = Rules.blankToNull(w.notesRo());
        vehicle.sources.clear();
        vehicle.sources.addAll(w.sources());
        // Hibernate's version check runs at this flush: a concurrent writer gives a 409 here.
        Vehicle.getEntityManager().flush();
        DataVersion.increment();
        return vehicle;
    }

    /**
     * Every rule a written stand-down breaks, as one exception; the stand-down ready to apply
     * otherwise.
     *
     * @param existing the stand-down it replaces, or null for a new one
     * @throws InvalidInputException listing every broken rule
     */
    public CheckedStandDown check(StandDownWrite write, StandDown existing) {
        List<Violation> violations = new ArrayList<>(Rules.constraints(validator, write));
        if (existing != null && write.version() == null) {
            violations.add(new Violation("version", "required"));
        }
        Vehicle vehicle = null;
        if (write.vehicle() != null && !write.vehicle().isBlank()) {
            vehicle = Vehicle.findBySlug(write.vehicle()).orElse(null);
            if (vehicle == null) {
                violations.add(new Violation("vehicle", "unknown", "vehicle", write.vehicle()));
            }
        }
        Instant now = clock.instant();
        Moment from = Rules.moment("from", write.from(), violations);
        Rules.notInFuture("from", from, now, violations);
        Moment to = Rules.moment("to", write.to(), violations);
        if (from != null && to != null && to.at().isBefore(from.at())) {
            violations.add(new Violation("to", "not-before", "from", from.iso()));
        }
        if (vehicle != null && from != null && (to == null || !to.at().isBefore(from.at()))) {
            for (StandDown other : StandDown.overlapping(vehicle, from.at(), to == null ? null : to.at(),
                    existing == null ? null : existing.id)) {
                Moment otherTo = other.to();
                violations.add(new Violation("from", "overlaps", other.id, other.from().iso(),
                        otherTo == null ? "open" : otherTo.iso()));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new CheckedStandDown(write, vehicle, from, to);
    }

    /** Stores a checked new stand-down. Call within the writer's transaction. */
    public StandDown create(CheckedStandDown checked) {
        StandDown standDown = new StandDown();
        fill(standDown, checked);
        standDown.persist();
        DataVersion.increment();
        return standDown;
    }

    /**
     * Replaces a stand-down's fields with checked ones, if the writer read its current version.
     * Call within the writer's transaction.
     *
     * @throws ConflictProblem when {@code expectedVersion} is not the stand-down's version
     */
    public StandDown update(StandDown standDown, long expectedVersion, CheckedStandDown checked) {
        if (standDown.version != expectedVersion) {
            throw new ConflictProblem("fleet.stand-down-stale", standDown.id, expectedVersion, standDown.version);
        }
        fill(standDown, checked);
        StandDown.getEntityManager().flush();
        DataVersion.increment();
        return standDown;
    }

    /** Deletes a stand-down. Call within the writer's transaction. */
    public void delete(StandDown standDown) {
        standDown.delete();
        DataVersion.increment();
    }

    private static void fill(StandDown standDown, CheckedStandDown c) {
        StandDownWrite w = c.write();
        standDown.vehicle = c.vehicle();
        standDown.fromAt = c.from().at();
        standDown.fromPrecision = c.from().precision();
        standDown.toAt = c.to() == null ? null : c.to().at();
        standDown.toPrecision = c.to() == null ? null : c.to().precision();
        standDown.reason = w.reason().strip();
        standDown.reasonRo = Rules.blankToNull(w.reasonRo());
        standDown.sources.clear();
        standDown.sources.addAll(w.sources());
    }
}
