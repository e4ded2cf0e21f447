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
import org.hibernate.envers.Audited;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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

    /** One vehicle's stand-downs, earliest first. */
    public static List<StandDown> ofVehicle(Vehicle vehicle) {
        return list("vehicle = ?1 order by fromAt", vehicle);
    }
}
