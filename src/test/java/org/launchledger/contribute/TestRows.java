package org.launchledger.contribute;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.util.List;
import org.launchledger.history.CrewSeat;
import org.launchledger.history.DataVersion;
import org.launchledger.history.Mission;
import org.launchledger.history.Person;
import org.launchledger.history.RenamedSlug;

/**
 * The accounts a write test signs in as and the rows it leaves behind: every @QuarkusTest shares one
 * database, so each test class makes its own accounts once and removes what it wrote.
 */
public final class TestRows {

    private TestRows() {
    }

    /** An editor and a contributor with one password, made the first time only. */
    public static void accounts(String editor, String contributor, String password) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (!User.nameTaken(editor)) {
                User.create(editor, password, Role.EDITOR, Instant.now()).persist();
            }
            if (!User.nameTaken(contributor)) {
                User.create(contributor, password, Role.CONTRIBUTOR, Instant.now()).persist();
            }
        });
    }

    /**
     * Removes the missions and people whose slug starts with {@code prefix} (with their seats), their
     * renamed slugs and the changes {@code authors} proposed; a new data version, so no cache keeps them.
     */
    public static void remove(String prefix, String... authors) {
        QuarkusTransaction.requiringNew().run(() -> {
            List<Mission> written = Mission.list("slug like ?1", prefix + "%");
            written.forEach(m -> CrewSeat.<CrewSeat>list("mission", m).forEach(s -> s.delete()));
            written.forEach(m -> m.delete());
            List<Person> people = Person.list("slug like ?1", prefix + "%");
            people.forEach(p -> CrewSeat.<CrewSeat>list("person", p).forEach(s -> s.delete()));
            people.forEach(p -> p.delete());
            RenamedSlug.delete("oldSlug like ?1", prefix + "%");
            if (authors.length > 0) {
                PendingChange.delete("author in ?1", List.of(authors));
            }
            DataVersion.increment();
        });
    }
}
