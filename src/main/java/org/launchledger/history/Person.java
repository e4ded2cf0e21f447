package org.launchledger.history;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Someone who flew to the ISS. */
@Entity
public class Person extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;
    /** As commonly written (the English Wikipedia title). */
    public String name;
    public String fullName;
    /** ISO 3166-1 alpha-2 of the country flown for. */
    public String nationality;
    public String agency;
    public String wikipedia;

    @OneToMany(mappedBy = "person")
    @OrderBy("id")
    public List<CrewSeat> seats = new ArrayList<>();

    public static Optional<Person> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** The countries people flew for (ISO codes), for filters. */
    public static List<String> nationalities() {
        return getEntityManager()
                .createQuery("select distinct p.nationality from Person p order by p.nationality", String.class)
                .getResultList();
    }

    /** The agencies and sponsors people flew with, for filters. */
    public static List<String> agencies() {
        return getEntityManager()
                .createQuery("select distinct p.agency from Person p where p.agency is not null order by p.agency",
                        String.class)
                .getResultList();
    }
}
