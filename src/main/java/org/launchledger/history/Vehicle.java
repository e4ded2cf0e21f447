package org.launchledger.history;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A family of crew vehicles: Space Shuttle, Soyuz, Crew Dragon, Starliner. */
@Entity
@Audited
public class Vehicle extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;
    public String name;
    /** ISO 3166-1 alpha-2. */
    public String country;
    public String operator;
    public int crewSeats;
    public Instant retiredAt;
    @Enumerated(EnumType.STRING)
    public Precision retiredPrecision;
    public String notes;
    /** The notes in Romanian; null where the data gives none (pages then show the English). */
    public String notesRo;

    /** Incremented by every change written by an editor (optimistic locking; V9__vehicle_and_stand_down_versions.sql). */
    @Version
    public long version;

    @ElementCollection
    @CollectionTable(name = "vehicle_source", joinColumns = @JoinColumn(name = "vehicle_id"))
    @OrderColumn(name = "position")
    @Column(name = "url")
    public List<String> sources = new ArrayList<>();

    public Moment retired() {
        return Moment.of(retiredAt, retiredPrecision);
    }

    public static Optional<Vehicle> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** The flight of a vehicle that carried the most people, and how many (the seats it must keep). */
    public record LargestCrew(String mission, long people) {
    }

    /** The flight of {@code vehicle} with the largest crew; empty when none of its flights carried anyone. */
    public static Optional<LargestCrew> largestCrew(Vehicle vehicle) {
        return getEntityManager().createQuery("select new org.launchledger.history.Vehicle$LargestCrew("
                        + "s.mission.designation, count(s.id)) from CrewSeat s where s.mission.vehicle = ?1"
                        + " group by s.mission.id, s.mission.designation order by count(s.id) desc, s.mission.designation",
                        LargestCrew.class)
                .setParameter(1, vehicle).setMaxResults(1).getResultStream().findFirst();
    }

    /** The vehicles whose name contains the folded text ({@link Slugs#containing}), by name; a few rows. */
    public static List<Vehicle> search(String text) {
        return list("slug like ?1 order by name", Slugs.containing(text));
    }

    /** The ids of the vehicles whose name matches a LIKE pattern ({@link Slugs#likeAnywhere}). */
    static List<Long> idsCalled(String like) {
        return getEntityManager().createQuery("select v.id from Vehicle v where lower(v.name) like :text escape '\\'",
                Long.class).setParameter("text", like).getResultList();
    }

    /** Every vehicle with its sources, in the order recorded: one statement. */
    public static List<Vehicle> listAllInRecordOrder() {
        return list("from Vehicle v left join fetch v.sources order by v.id");
    }

    /** Every vehicle, the first to fly first; one statement, which reads one index entry per vehicle. */
    public static List<Vehicle> listInOrderOfFirstFlight() {
        // Ordered as the (vehicle_id, launch_at) index is (V11), the first flight is its first entry
        // for the vehicle; min(launchAt) would read every flight of the vehicle.
        return list("select v from Vehicle v order by (select m.launchAt from Mission m where m.vehicle = v"
                + " order by m.vehicle.id, m.launchAt limit 1), v.name");
    }

    /**
     * A vehicle's record in the ledger, counting ISS flights only ({@link IssFlight}): crewed flights
     * that reached the station, seats on them, and the different people they carried.
     */
    public record Tally(String vehicle, long flights, long seats, long people) {

        public static Tally none(String vehicle) {
            return new Tally(vehicle, 0, 0, 0);
        }
    }

}
