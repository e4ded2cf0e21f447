package org.launchledger.history;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** One crewed flight to the ISS (or one that set out for it). */
@Entity
@Audited
public class Mission extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;
    public String designation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Vehicle vehicle;

    /** Soyuz-TMA-M, Crew Dragon (Dragon 2), ... */
    public String variant;

    /** The airframe, where it flew more than once; null for single-use Soyuz craft. */
    @ManyToOne(fetch = FetchType.LAZY)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public Spacecraft spacecraft;

    public String operator;

    public Instant launchAt;
    @Enumerated(EnumType.STRING)
    public Precision launchPrecision;
    public Instant dockingAt;
    @Enumerated(EnumType.STRING)
    public Precision dockingPrecision;
    public Instant undockingAt;
    @Enumerated(EnumType.STRING)
    public Precision undockingPrecision;
    public Instant landingAt;
    @Enumerated(EnumType.STRING)
    public Precision landingPrecision;

    public String launchSite;
    public Outcome outcome;
    public String summary;
    /** Provenance notes from the reference data. */
    public String notes;
    public boolean unverified;

    @Version
    public long version;

    /**
     * The slug and the folded designation ({@link #searchText}), which text search reads instead of
     * whole rows (V11). Derived: set before every insert and update, never by hand.
     */
    @NotAudited
    public String search;

    @ElementCollection
    @CollectionTable(name = "mission_source", joinColumns = @JoinColumn(name = "mission_id"))
    @OrderColumn(name = "position")
    @Column(name = "url")
    public List<String> sources = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "mission_expedition", joinColumns = @JoinColumn(name = "mission_id"))
    @Column(name = "number")
    @OrderBy
    public List<Integer> expeditions = new ArrayList<>();

    /** The people who launched on this mission, in the source's order. */
    @OneToMany(mappedBy = "mission")
    @OrderBy("position")
    public List<CrewSeat> crew = new ArrayList<>();

    /**
     * What a mission's search column holds: its slug and, where it differs, its designation folded by
     * {@link Slugs#of}, separated by a space, which folded text never holds. SQL-written rows get it from
     * db.migration.SearchColumns.
     */
    public static String searchText(String slug, String designation) {
        String folded = designation == null ? "" : Slugs.of(designation);
        return folded.isEmpty() || folded.equals(slug) ? slug : slug + " " + folded;
    }

    /**
     * The crew member search {@code text} found this mission through, when neither its designation, slug nor
     * airframe holds the text: "whitson" finds STS-111 through Peggy Whitson. Empty when one of those does, or
     * when nothing does. A designation written without its separators ("STS135", {@link MissionQuery}) holds too.
     * Reads the crew, and their other names, only then.
     */
    public Optional<Person> foundThroughCrew(String text) {
        String folded = text == null ? "" : Slugs.of(text);
        if (folded.isEmpty() || search != null && (search.contains(folded)
                || search.contains(Slugs.of(MissionQuery.separated(text))))
                || spacecraft != null && Slugs.of(spacecraft.name).contains(folded)) {
            return Optional.empty();
        }
        return crew.stream().map(seat -> seat.person).filter(person -> person.isCalled(folded)).findFirst();
    }

    @PrePersist
    @PreUpdate
    void refreshSearch() {
        search = searchText(slug, designation);
    }

    /**
     * An HQL condition: mission {@code alias} is one whose designation or slug contains {@code :slug}
     * (the folded search text, {@link Slugs#containing}).
     */
    static String designated(String alias) {
        return alias + ".search like :slug";
    }

    public Moment launch() {
        return Moment.of(launchAt, launchPrecision);
    }

    public Moment docking() {
        return Moment.of(dockingAt, dockingPrecision);
    }

    public Moment undocking() {
        return Moment.of(undockingAt, undockingPrecision);
    }

    public Moment landing() {
        return Moment.of(landingAt, landingPrecision);
    }

    /** Whether it had launched by {@code now}: a planned flight, or one launching later, has not flown. */
    public boolean launchedBy(Instant now) {
        return outcome != Outcome.PLANNED && !launchAt.isAfter(now);
    }

    /** Launched by {@code now} and not home by then: still in flight (a launch abort never is). */
    public boolean inFlightAt(Instant now) {
        return launchedBy(now) && outcome != Outcome.LAUNCH_ABORT && (landingAt == null || landingAt.isAfter(now));
    }

    /** Whether this flight opened crewed access: it reached the station with people aboard. */
    public boolean carriedCrewToStation() {
        return IssFlight.counts(this) && !crew.isEmpty();
    }



    public static Optional<Mission> findBySlug(String slug) {
        return find("from Mission m join fetch m.vehicle left join fetch m.spacecraft where m.slug = ?1", slug)
                .firstResultOptional();
    }

    /**
     * Every mission with its vehicle, airframe, sources and expeditions, in the order recorded (the
     * seed's rows in the reference table's order): two statements whatever the number of missions.
     */
    public static List<Mission> listAllInRecordOrder() {
        List<Mission> missions = list("from Mission m join fetch m.vehicle left join fetch m.spacecraft"
                + " left join fetch m.sources order by m.id");
        // A second fetch join fills the expeditions of the same managed missions; fetching both
        // collections at once would repeat each expedition once per source.
        list("from Mission m left join fetch m.expeditions");
        return missions;
    }

    /** The missions with these slugs and their airframes (none for a Soyuz), in launch order: one statement. */
    public static List<Mission> withSpacecraft(Collection<String> slugs) {
        return slugs.isEmpty() ? List.of()
                : list("from Mission m left join fetch m.spacecraft where m.slug in ?1 order by m.launchAt", slugs);
    }

    /** Every mission with its vehicle, in launch order. Crews, sources and expeditions load in batches. */
    public static List<Mission> listAllInLaunchOrder() {
        return list("from Mission m join fetch m.vehicle left join fetch m.spacecraft order by m.launchAt");
    }

    /** The flight of the same vehicle that launched just before this one; empty for its first. */
    public Optional<Mission> previousOfSameVehicle() {
        return find("vehicle = ?1 and launchAt < ?2 order by launchAt desc", vehicle, launchAt).firstResultOptional();
    }

    /** The flight of the same vehicle that launched next; empty for its latest. */
    public Optional<Mission> nextOfSameVehicle() {
        return find("vehicle = ?1 and launchAt > ?2 order by launchAt", vehicle, launchAt).firstResultOptional();
    }

    /** A vehicle's flights in launch order, with their airframes. */
    /**
     * A vehicle's latest {@code limit} flights, in launch order (oldest first), with their airframes:
     * a page about the vehicle lists these, whatever the number of its flights.
     */
    public static List<Mission> latestOfVehicle(Vehicle vehicle, int limit) {
        List<Mission> latest = new ArrayList<>(find("from Mission m left join fetch m.spacecraft where m.vehicle = ?1"
                + " order by m.launchAt desc, m.id desc", vehicle).page(0, limit).list());
        Collections.reverse(latest);
        return latest;
    }

    /** A vehicle's flights that name their airframe, in launch order (none for single-use craft). */
    public static List<Mission> withAirframeOfVehicle(Vehicle vehicle) {
        return list("from Mission m join fetch m.spacecraft where m.vehicle = ?1 order by m.launchAt", vehicle);
    }

    public static List<Mission> ofVehicle(Vehicle vehicle) {
        return list("from Mission m left join fetch m.spacecraft where m.vehicle = ?1 order by m.launchAt", vehicle);
    }

    /** An airframe's flights in launch order. */
    public static List<Mission> ofSpacecraft(Spacecraft spacecraft) {
        return list("from Mission m where m.spacecraft = ?1 order by m.launchAt", spacecraft);
    }

    /** The missions the data links to ISS expedition {@code number}, in launch order. */
    public static List<Mission> ofExpedition(int number) {
        return list("select m from Mission m join fetch m.vehicle left join fetch m.spacecraft join m.expeditions e"
                + " where e = ?1 order by m.launchAt", number);
    }

    /** Every expedition number the data gives, for a flight or for a seat, ascending. */
    public static List<Integer> expeditionNumbers() {
        TreeSet<Integer> numbers = new TreeSet<>(getEntityManager()
                .createQuery("select distinct e from Mission m join m.expeditions e", Integer.class)
                .getResultList());
        numbers.addAll(getEntityManager()
                .createQuery("select distinct e from CrewSeat s join s.expeditions e", Integer.class)
                .getResultList());
        return List.copyOf(numbers);
    }

    /**
     * The flights of ISS expedition {@code number}, in launch order: those the data links to it and
     * those that carried its crew up or home.
     */
    public static List<Mission> ofExpedition(int number, List<CrewSeat> crew) {
        Set<Long> carried = new HashSet<>();
        crew.forEach(s -> {
            carried.add(s.mission.id);
            if (s.landedOn != null) {
                carried.add(s.landedOn.id);
            }
        });
        return list("from Mission m join fetch m.vehicle left join fetch m.spacecraft"
                + " where :number member of m.expeditions or m.id in :carried order by m.launchAt",
                Parameters.with("number", number).and("carried", carried.isEmpty() ? Set.of(-1L) : carried));
    }

    /** How many crewed flights each vehicle launched toward the station in one calendar year (UTC). */
    public record LaunchesInYear(int year, String vehicle, long launches) {
    }

}
