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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A period in which a vehicle that had been flying crews could not. */
@Entity
@Audited
public class StandDown extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Vehicle vehicle;

    public Instant fromAt;
    @Enumerated(EnumType.STRING)
    public Precision fromPrecision;
    /** Null while the stand-down lasts. */
    public Instant toAt;
    @Enumerated(EnumType.STRING)
    public Precision toPrecision;
    public String reason;
    /** The reason in Romanian; null where the data gives none (pages then show the English). */
    public String reasonRo;

    /** Incremented by every change written by an editor (optimistic locking; V9__vehicle_and_stand_down_versions.sql). */
    @Version
    public long version;

    @ElementCollection
    @CollectionTable(name = "stand_down_source", joinColumns = @JoinColumn(name = "stand_down_id"))
    @OrderColumn(name = "position")
    @Column(name = "url")
    public List<String> sources = new ArrayList<>();

    public Moment from() {
        return Moment.of(fromAt, fromPrecision);
    }

    public Moment to() {
        return Moment.of(toAt, toPrecision);
    }

    public static List<StandDown> listAllInOrder() {
        return list("from StandDown s join fetch s.vehicle order by s.fromAt");
    }

    /** Every stand-down with its vehicle and sources, in the order recorded: one statement. */
    public static List<StandDown> listAllInRecordOrder() {
        return list("from StandDown s join fetch s.vehicle left join fetch s.sources order by s.id");
    }

    /**
     * The other stand-downs of {@code vehicle} that share time with the span from {@code from} to
     * {@code to} (null: still lasting), earliest first. Spans that only touch (one ends as the next
     * begins) do not overlap.
     *
     * @param except the stand-down being replaced, left out; null for a new one
     */
    public static List<StandDown> overlapping(Vehicle vehicle, Instant from, Instant to, Long except) {
        return list("vehicle = ?1 and id <> ?2 and (toAt is null or toAt > ?3)"
                + (to == null ? "" : " and fromAt < ?4") + " order by fromAt",
                to == null ? new Object[] {vehicle, except == null ? -1L : except, from}
                        : new Object[] {vehicle, except == null ? -1L : except, from, to});
    }

    /** The stand-down whose id is {@code id} as written in an address; empty when unknown or not a number. */
    public static Optional<StandDown> findByIdText(String id) {
        if (id == null || !id.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return findByIdOptional(Long.parseLong(id));
    }

    /** One vehicle's stand-downs, earliest first. */
    public static List<StandDown> ofVehicle(Vehicle vehicle) {
        return list("vehicle = ?1 order by fromAt", vehicle);
    }
}
