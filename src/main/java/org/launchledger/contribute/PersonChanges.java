package org.launchledger.contribute;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.launchledger.history.AlternativeName;
import org.launchledger.history.CrewSeat;
import org.launchledger.history.DataVersion;
import org.launchledger.history.Person;
import org.launchledger.history.RenamedSlug;
import org.launchledger.web.ConflictProblem;
import org.launchledger.web.InvalidInputException;
import org.launchledger.web.InvalidInputException.Violation;

/**
 * Checks a written person against every rule, then applies it: the one way a person changes,
 * whether an editor writes it or approves a contributor's proposal ({@link MissionChanges}' twin).
 * Nothing is stored when any rule is broken; every applied change increments the data version in
 * its transaction.
 */
@ApplicationScoped
public class PersonChanges {

    /** The kinds an alternative name may have. */
    public static final List<String> NAME_KINDS =
            List.of("native-script", "romanisation", "short-name", "full-name-variant", "wikipedia-title");

    private final Validator validator;
    private final Clock clock;

    PersonChanges(Validator validator, Clock clock) {
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * Every rule a written person breaks, as one exception.
     *
     * @param existing the person it replaces, or null for a new one
     * @throws InvalidInputException listing every broken rule
     */
    public PersonWrite check(PersonWrite write, Person existing) {
        List<Violation> violations = new ArrayList<>();
        violations.addAll(Rules.constraints(validator, write));
        if (existing != null && write.version() == null) {
            violations.add(new Violation("version", "required"));
        }
        String own = existing == null ? null : existing.slug;
        if (write.slug() != null && !write.slug().equals(own) && Person.count("slug", write.slug()) > 0) {
            violations.add(new Violation("slug", "taken-person", write.slug()));
        }
        if (write.nationality() != null && !write.nationality().isBlank()
                && !Rules.isCountry(write.nationality())) {
            violations.add(new Violation("nationality", "country", write.nationality()));
        }
        List<PersonWrite.AltName> names = write.alternativeNameList();
        for (int i = 0; i < names.size(); i++) {
            PersonWrite.AltName name = names.get(i);
            if (name != null && name.kind() != null && !name.kind().isBlank() && !NAME_KINDS.contains(name.kind())) {
                violations.add(new Violation("alternativeNames[" + i + "].kind", "one-of",
                        String.join(", ", NAME_KINDS), name.kind()));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return write;
    }

    /** Stores a checked new person. Call within the writer's transaction. */
    public Person create(PersonWrite write) {
        Person person = new Person();
        fill(person, write);
        person.persist();
        DataVersion.increment();
        return person;
    }

    /**
     * Replaces a person's fields with checked ones, if the client read its current version. A
     * changed slug keeps answering at the old address (301). Call within the writer's transaction.
     *
     * @throws ConflictProblem when {@code expectedVersion} is not the person's version
     */
    public Person update(Person person, long expectedVersion, PersonWrite write) {
        if (person.version != expectedVersion) {
            throw new ConflictProblem("contribute.person-stale", person.slug, expectedVersion, person.version);
        }
        String oldSlug = person.slug;
        fill(person, write);
        RenamedSlug.record("person", oldSlug, person.slug, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC),
                "renamed through the API");
        // Hibernate's version check runs at this flush: a concurrent writer gives a 409 here.
        Person.getEntityManager().flush();
        DataVersion.increment();
        return person;
    }

    /** Deletes a person; refused (409) while they hold crew seats. Call within the writer's transaction. */
    public void delete(Person person) {
        long seats = CrewSeat.count("person", person);
        if (seats > 0) {
            throw new ConflictProblem("contribute.person-seated", person.slug, seats);
        }
        person.delete();
        DataVersion.increment();
    }

    private static void fill(Person person, PersonWrite w) {
        person.slug = w.slug();
        person.name = w.name();
        person.fullName = Rules.blankToNull(w.fullName());
        person.nationality = w.nationality();
        person.agency = Rules.blankToNull(w.agency());
        person.wikipedia = Rules.blankToNull(w.wikipedia());
        person.alternativeNames.clear();
        w.alternativeNameList().forEach(n -> person.alternativeNames.add(
                new AlternativeName(n.name(), n.kind(), n.source())));
    }
}
