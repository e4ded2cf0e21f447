package org.launchledger.history;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.util.List;
import java.util.Locale;
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

    /** Airframes whose name or slug contains the text; accents and case ignored, as in {@link PersonQuery}. */
    public static List<Spacecraft> search(String text) {
        return list("from Spacecraft s join fetch s.vehicle v where lower(s.name) like :text escape '\\' or s.slug like :slug"
                        + " order by s.name, v.name",
                Parameters.with("text", Slugs.likeAnywhere(text))
                        .and("slug", Slugs.containing(text)));
    }

    /** The ids of the airframes whose name matches a LIKE pattern ({@link Slugs#likeAnywhere}). */
    static List<Long> idsCalled(String like) {
        return getEntityManager().createQuery("select s.id from Spacecraft s where lower(s.name) like :text escape '\\'",
                Long.class).setParameter("text", like).getResultList();
    }

    /** Other airframes with this one's name: orbiter Endeavour and Dragon Endeavour. */
    public List<Spacecraft> namesakes() {
        return list("from Spacecraft s join fetch s.vehicle where lower(s.name) = ?1 and s <> ?2 order by s.slug",
                name.toLowerCase(Locale.ROOT), this);
    }
}
