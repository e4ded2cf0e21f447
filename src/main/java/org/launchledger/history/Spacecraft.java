package org.launchledger.history;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.util.Optional;

/** One airframe that flew more than once: an orbiter, a Dragon capsule, a Starliner. */
@Entity
public class Spacecraft extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;
    public String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Vehicle vehicle;

    public static Optional<Spacecraft> findBySlug(String slug) {
        return find("from Spacecraft s join fetch s.vehicle where s.slug = ?1", slug).firstResultOptional();
    }
}
