package org.launchledger.history;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One crewed flight to the ISS (or one that set out for it). */
@Entity
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

    /** Launch to landing; empty while in flight. */
    public Optional<Duration> flightDuration() {
        return landingAt == null ? Optional.empty() : Optional.of(Duration.between(launchAt, landingAt));
    }

    /** Docking to undocking; empty where either is unknown. */
    public Optional<Duration> dockedDuration() {
        return dockingAt == null || undockingAt == null
                ? Optional.empty()
                : Optional.of(Duration.between(dockingAt, undockingAt));
    }

    public static Optional<Mission> findBySlug(String slug) {
        return find("from Mission m join fetch m.vehicle left join fetch m.spacecraft where m.slug = ?1", slug)
                .firstResultOptional();
    }

    /**
     * Every mission with its vehicle, crew and crew members, in launch order, in three statements:
     * crews and people load in batches rather than as one wide join that repeats each mission's
     * columns once per seat.
     */
    public static List<Mission> listAllWithCrew() {
        List<Mission> missions = listAllInLaunchOrder();
        missions.stream().findFirst().ifPresent(m -> m.crew.size());
        missions.stream().flatMap(m -> m.crew.stream()).findFirst().ifPresent(s -> s.person.name.length());
        return missions;
    }

    /** Every mission with its vehicle, in launch order. Crews, sources and expeditions load in batches. */
    public static List<Mission> listAllInLaunchOrder() {
        return list("from Mission m join fetch m.vehicle left join fetch m.spacecraft order by m.launchAt");
    }
}
