package org.launchledger.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Text search finds the same missions and people through the trigram index ({@link SearchIndex}) as by
 * scanning the search columns (what it did before the index, and still does past
 * {@link SearchIndex#MAX_MATCHES} matches): on the seed, for names in other scripts and spellings, parts of
 * designations, one and two letters, and text that folds to nothing.
 */
@QuarkusTest
class SearchPathsTest {

    private static final List<String> TEXTS = List.of("soyuz", "ms-10", "Ms-1", "pesquet", "PÉSQUET", "Новицкий",
            "novitskiy", "Sławosz", "laliberte", "Gezeravc", "peggy whitson", "dragon", "endeavour", "sts-1",
            "sts135", "an", "a", "b", "zz", "1", "-", "?", "nothing-flies-by-this-name", "100%", "a_b");

    @Test
    void theIndexFindsWhatAScanFinds() {
        long found = 0;
        for (String text : TEXTS) {
            MissionQuery missions = new MissionQuery(null, null, null, null, null, text, MissionQuery.Sort.LAUNCH, 0,
                    MissionQuery.MAX_SIZE);
            PersonQuery people = new PersonQuery(text, null, null, null, 0, PersonQuery.MAX_SIZE);
            Page<Mission> byIndex = QuarkusTransaction.requiringNew().call(missions::run);
            Page<Mission> byScan = QuarkusTransaction.requiringNew().call(missions::runScanning);
            assertEquals(ids(byScan.items()), ids(byIndex.items()), "missions called \"" + text + "\"");
            assertEquals(byScan.total(), byIndex.total(), "how many missions are called \"" + text + "\"");
            Page<Person> peopleByIndex = QuarkusTransaction.requiringNew().call(people::run);
            Page<Person> peopleByScan = QuarkusTransaction.requiringNew().call(people::runScanning);
            assertEquals(personIds(peopleByScan.items()), personIds(peopleByIndex.items()), "people called \"" + text + "\"");
            found += byIndex.total() + peopleByIndex.total();
        }
        assertTrue(found > 500, "the texts find missions and people (" + found + "), so the agreement is not empty");
    }

    @Test
    void aPersonIsFoundByTheirCrewmatesFlightsAndOtherNames() {
        Page<Mission> flights = QuarkusTransaction.requiringNew().call(() -> new MissionQuery(null, null, null, null,
                null, "Новицкий", MissionQuery.Sort.LAUNCH, 0, MissionQuery.MAX_SIZE).run());
        assertTrue(flights.total() >= 3, "Oleg Novitsky's flights, found by his name in Cyrillic: " + flights.total());
    }

    private static List<Long> ids(List<Mission> missions) {
        return missions.stream().map(m -> m.id).toList();
    }

    private static List<Long> personIds(List<Person> people) {
        return people.stream().map(p -> p.id).toList();
    }
}
