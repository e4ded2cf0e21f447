package org.launchledger.history;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;

/**
 * A made-up vehicle with one crewed flight, still in progress, and its one crew member, written to
 * the test database (and the data version bumped) so that everything derived from the history
 * follows; {@link #remove} takes it all away again. Slugs: the vehicle's, the mission's and the
 * person's, each unique to the test that uses them.
 */
public record HypotheticalFlight(String vehicle, String vehicleName, String country, String mission,
                                 String designation, Instant launch, String person, String personName) {

    /** Writes the vehicle, the flight and its crew in a transaction of their own. */
    public HypotheticalFlight add() {
        QuarkusTransaction.requiringNew().run(() -> {
            Vehicle v = new Vehicle();
            v.slug = vehicle;
            v.name = vehicleName;
            v.country = country;
            v.operator = "Test Agency";
            v.crewSeats = 3;
            v.persist();
            Mission m = new Mission();
            m.slug = mission;
            m.designation = designation;
            m.vehicle = v;
            m.launchAt = launch;
            m.launchPrecision = Precision.MINUTE;
            m.outcome = Outcome.IN_PROGRESS;
            m.persist();
            Person p = new Person();
            p.slug = person;
            p.name = personName;
            p.nationality = country;
            p.persist();
            CrewSeat seat = new CrewSeat();
            seat.person = p;
            seat.mission = m;
            seat.role = "Commander";
            seat.persist();
            DataVersion.increment();
        });
        return this;
    }

    /** Deletes what {@link #add} wrote. */
    public void remove() {
        QuarkusTransaction.requiringNew().run(() -> {
            // One by one, so their element collections (seat expeditions, other names) go with them.
            CrewSeat.<CrewSeat>list("person.slug", person).forEach(CrewSeat::delete);
            Person.<Person>list("slug", person).forEach(Person::delete);
            Person.flush();
            Mission.delete("slug", mission);
            Vehicle.delete("slug", vehicle);
            DataVersion.increment();
        });
    }
}
