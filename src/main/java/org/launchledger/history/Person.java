package org.launchledger.history;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Someone who flew to the ISS. */
@Entity
@Audited
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

    /** Incremented by every change written through the API (optimistic locking; V7__person_version.sql). */
    @Version
    public long version;

    /** Other romanisations, the name in its own script, short names, each with a source. */
    @ElementCollection
    @CollectionTable(name = "person_alternative_name", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    public List<AlternativeName> alternativeNames = new ArrayList<>();

    @OneToMany(mappedBy = "person")
    @OrderBy("id")
    public List<CrewSeat> seats = new ArrayList<>();

    /**
     * Every name of this person's folded ({@link #searchText}), which search reads instead of the
     * names and their alternative names (V11). Derived: set before every insert and update (a
     * change to the alternative names alone updates the row too, as it raises the version), never by hand.
     */
    @NotAudited
    public String search;

    /**
     * What a person's search column holds: the slug, then the name, the full name and each
     * alternative name folded by {@link Slugs#of} (alternative names arrive folded already),
     * separated by spaces, which folded text never holds: a match never spans two names. Nulls are
     * skipped. SQL-written rows get it from db.migration.SearchColumns.
     */
    public static String searchText(String slug, String name, String fullName, List<String> foldedAlternatives) {
        return Stream.concat(Stream.of(slug, fold(name), fold(fullName)), foldedAlternatives.stream())
                .filter(Objects::nonNull).filter(s -> !s.isEmpty()).distinct().collect(Collectors.joining(" "));
    }

    private static String fold(String text) {
        return text == null ? null : Slugs.of(text);
    }

    @PrePersist
    @PreUpdate
    void refreshSearch() {
        search = searchText(slug, name, fullName, alternativeNames.stream().map(n -> n.folded).toList());
    }

    /**
     * The other name search {@code text} found this person by, when neither the slug, the name nor the full
     * name holds it: "iss" finds Konstantin Borisov as "Konstantin Sergejewitsch Borissow", "Новицкий" finds
     * Oleg Novitskiy as "Олег Викторович Новицкий". Empty when one of those does, or when nothing does.
     */
    public Optional<AlternativeName> foundAs(String text) {
        String folded = text == null ? "" : Slugs.of(text);
        return folded.isEmpty() || calledOwnName(folded) ? Optional.empty() : otherNameHolding(folded);
    }

    /** Whether one of this person's names, their own or another, holds the folded search text ({@link Slugs#of}). */
    public boolean isCalled(String folded) {
        return !folded.isEmpty() && (calledOwnName(folded) || otherNameHolding(folded).isPresent());
    }

    private Optional<AlternativeName> otherNameHolding(String folded) {
        return alternativeNames.stream().filter(n -> n.folded != null && n.folded.contains(folded)).findFirst();
    }

    private boolean calledOwnName(String folded) {
        return Stream.of(slug, fold(name), fold(fullName)).anyMatch(n -> n != null && n.contains(folded));
    }

    /**
     * An HQL condition: the person {@code alias} is called by the search text — {@code :slug} (the
     * folded text, {@link Slugs#containing}) in one of their folded names ({@link #search}: slug,
     * name, full name, alternative names). So "Slawosz", "Novitskiy" and "Новицкий" all find who
     * they mean. One narrow column, no subquery per person.
     */
    public static String calledBy(String alias) {
        return alias + ".search like :slug";
    }

    /** Binds the parameter {@link #calledBy(String)} needs for a search text. */
    public static Parameters bindCalledBy(Parameters parameters, String text) {
        return parameters.and("slug", Slugs.containing(text));
    }

    /** How many ISS flights ({@link IssFlight}) each of these people made, keyed by person id; absent means none. */
    public static Map<Long, Long> issFlightCounts(List<Person> people) {
        if (people.isEmpty()) {
            return Map.of();
        }
        return IssFlight.bind(getEntityManager().createQuery("select s.person.id, count(s) from CrewSeat s join s.mission m"
                        + " where s.person in :people and " + IssFlight.reached("m") + " group by s.person.id", Object[].class))
                .setParameter("people", people)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    /** Every person with their alternative names, in the order recorded: one statement. */
    public static List<Person> listAllInRecordOrder() {
        return list("from Person p left join fetch p.alternativeNames order by p.id");
    }

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
        // Without a condition the distinct values come from the agency index (V11), not from every person;
        // the null (no agency) is left out here.
        return getEntityManager()
                .createQuery("select distinct p.agency from Person p order by p.agency", String.class)
                .getResultStream().filter(Objects::nonNull).toList();
    }
}
