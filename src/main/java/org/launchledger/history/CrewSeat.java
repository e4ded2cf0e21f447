package org.launchledger.history;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.util.List;

/** One person's seat on one flight up, and the flight that brought them home. */
@Entity
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

    /** A person's seats in launch order, with missions and vehicles loaded. */
    public static List<CrewSeat> ofPerson(Person person) {
        return list("from CrewSeat s join fetch s.mission m join fetch m.vehicle left join fetch s.landedOn"
                + " where s.person = ?1 order by m.launchAt", person);
    }
}
