package org.launchledger.history;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import org.hibernate.envers.Audited;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One person's seat on one flight up, and the flight that brought them home. */
@Entity
@Audited
public class CrewSeat extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Person person;

    /** The mission this person launched on. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Mission mission;

    /** The mission this person came home on; null while still in space. */
    @ManyToOne(fetch = FetchType.LAZY)
    public Mission landedOn;

    /** Order within the crew, as listed by the source. */
    public int position;
    public String role;
    public String notes;
    public boolean unverified;

    /**
     * The expeditions this seat served where its launch flight's own expeditions do not say it
     * (a Shuttle seat that carried an expedition crew member up); empty otherwise.
     */
    @ElementCollection
    @CollectionTable(name = "crew_seat_expedition", joinColumns = @JoinColumn(name = "crew_seat_id"))
    @Column(name = "number")
    @OrderBy
    public List<Integer> expeditions = new ArrayList<>();

    /** The expeditions this person flew for on this seat: the seat's own, else its launch flight's. */
    public List<Integer> servedExpeditions() {
        return expeditions.isEmpty() ? mission.expeditions : expeditions;
    }

    /**
     * The expeditions {@code seats} served by their own account, ascending, each once: those of expedition crew a
     * flight carried without serving an expedition itself (a Shuttle carrying Expedition 3 up). Own expeditions loaded.
     */
    public static List<Integer> ownExpeditions(List<CrewSeat> seats) {
        return seats.stream().flatMap(seat -> seat.expeditions.stream()).distinct().sorted().toList();
    }

    /** Whether this seat counts as an ISS flight: see {@link IssFlight}. */
    public boolean issFlight() {
        return IssFlight.counts(mission);
    }

    /**
     * Still up there: launched on a flight that reached the station, and no flight home has
     * landed yet (none recorded, or the one named has not landed). Every page says it the same way.
     */
    public boolean inSpace() {
        return issFlight() && (landedOn == null || landedOn.landingAt == null);
    }

    /**
     * Every seat with its person, flights up and down and own expeditions, in the order recorded
     * (by launch mission as recorded, then the source's order): one statement.
     */
    public static List<CrewSeat> listAllInRecordOrder() {
        return list("from CrewSeat s join fetch s.person join fetch s.mission m left join fetch s.landedOn"
                + " left join fetch s.expeditions order by m.id, s.position");
    }

    /** A person's seats in launch order, with missions and vehicles (up and down) loaded. */
    public static List<CrewSeat> ofPerson(Person person) {
        return list("from CrewSeat s join fetch s.mission m join fetch m.vehicle left join fetch s.landedOn l"
                + " left join fetch l.vehicle where s.person = ?1 order by m.launchAt", person);
    }

    /**
     * The seats as crews are read out ({@link CrewOrder}): the flight's commander, then its pilot, then the source's
     * order ({@link #position}). The seats' own expeditions must be loaded (as {@link #ofMission} does).
     */
    public static List<CrewSeat> commandFirst(List<CrewSeat> seats) {
        return CrewOrder.commandFirst(seats.stream().sorted(Comparator.comparingInt((CrewSeat seat) -> seat.position)).toList(),
                seat -> seat.role, seat -> !seat.expeditions.isEmpty());
    }

    /** The crew that launched on a mission, in the source's order, with people, return flights and own expeditions. */
    public static List<CrewSeat> ofMission(Mission mission) {
        return list("from CrewSeat s join fetch s.person left join fetch s.landedOn l left join fetch l.vehicle"
                + " left join fetch s.expeditions where s.mission = ?1 order by s.position", mission);
    }

    /** People a mission brought home who had launched on another one (Expedition crews, MS-22's crew), with their own expeditions. */
    public static List<CrewSeat> broughtHomeBy(Mission mission) {
        return list("from CrewSeat s join fetch s.person join fetch s.mission m left join fetch s.expeditions"
                + " where s.landedOn = ?1 and m <> ?1 order by m.launchAt, s.position", mission);
    }

    /** The crews of several missions, in launch order and then the source's order. */
    public static List<CrewSeat> ofMissions(List<Mission> missions) {
        if (missions.isEmpty()) {
            return List.of();
        }
        return list("from CrewSeat s join fetch s.person join fetch s.mission m left join fetch s.landedOn l"
                + " left join fetch l.vehicle where m in ?1 order by m.launchAt, s.position", missions);
    }

    /**
     * The seats that served ISS expedition {@code number} (the seat's own expeditions, else its
     * launch flight's), in launch order, with people and flights up and down loaded.
     */
    public static List<CrewSeat> ofExpedition(int number) {
        return list("from CrewSeat s join fetch s.person join fetch s.mission m join fetch m.vehicle"
                + " left join fetch s.landedOn l left join fetch l.vehicle"
                + " where ?1 member of s.expeditions or (s.expeditions is empty and ?1 member of m.expeditions)"
                + " order by m.launchAt, s.position", number);
    }

    /** How many of the longest flights the ledger lists. */
    public static final int LONGEST_LISTED = 10;

    /** Seats filled by the people of one country, and how many different people filled them. */
    public record SeatsOfCountry(String country, long seats, long people) {
    }

    /** Every role the ledger's seats hold, as the data writes them, most used first. */
    public static List<String> roles() {
        return getEntityManager()
                .createQuery("select s.role from CrewSeat s group by s.role order by count(s.id) desc, s.role", String.class)
                .getResultList();
    }
}
