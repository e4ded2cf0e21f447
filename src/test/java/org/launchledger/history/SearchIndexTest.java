package org.launchledger.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** What text search finds through the index, on a made-up history of three flights and three people. */
class SearchIndexTest {

    /** Flights 10, 11, 12; people 1 (on 10 and 11), 2 (on 11), 3 (on none). */
    private static final SearchIndex INDEX = new SearchIndex(
            new long[] {10, 11, 12}, List.of("test-flight-a", "test-flight-b", "other-c made-up-c"),
            new long[] {1, 2, 3}, List.of("ana-pilot ana-pilotova", "bogdan-pilot", "slawosz-never-flew"),
            new long[][] {{10, 11}, {11}, {}});

    @Test
    void aMissionIsFoundByItsNamesAndByItsCrewsNames() {
        assertEquals(Optional.of(List.of(10L, 11L)), INDEX.missionsCalled("Test Flight"));
        assertEquals(Optional.of(List.of(12L)), INDEX.missionsCalled("MADE-UP"));
        assertEquals(Optional.of(List.of(10L, 11L)), INDEX.missionsCalled("Ana"), "both of Ana's flights");
        assertEquals(Optional.of(List.of(10L, 11L)), INDEX.missionsCalled("pilot"), "each flight once");
        assertEquals(Optional.of(List.of(11L)), INDEX.missionsCalled("bogdan"));
        assertEquals(Optional.of(List.of()), INDEX.missionsCalled("never-flew"), "a person on no flight finds none");
    }

    @Test
    void peopleAreFoundByAnyOfTheirNamesFoldedAsTheColumnsAre() {
        assertEquals(Optional.of(List.of(1L)), INDEX.peopleCalled("Pilotová"));
        assertEquals(Optional.of(List.of(1L, 2L)), INDEX.peopleCalled("PILOT"));
        assertEquals(Optional.of(List.of()), INDEX.peopleCalled("nobody"));
    }

    @Test
    void textThatFoldsToNothingFindsNothing() {
        assertEquals(Optional.of(List.of()), INDEX.missionsCalled("?!"));
        assertEquals(Optional.of(List.of()), INDEX.peopleCalled("  "));
    }

    @Test
    void moreMatchesThanTheLimitAreLeftToAScan() {
        int many = SearchIndex.MAX_MATCHES + 1;
        long[] ids = LongStream.rangeClosed(1, many).toArray();
        List<String> names = new ArrayList<>();
        for (long id : ids) {
            names.add("flight-" + id);
        }
        long[][] oneFlightEach = LongStream.of(ids).mapToObj(id -> new long[] {id}).toArray(long[][]::new);
        SearchIndex index = new SearchIndex(ids, names, new long[] {1}, List.of("crew-member"), new long[][] {{1}});
        assertTrue(index.missionsCalled("flight").isEmpty(), "too many missions by name");
        assertEquals(Optional.of(List.of(1L)), index.missionsCalled("crew"));
        assertEquals(Optional.of(List.of(1000L)), index.missionsCalled("flight-1000"), "few by name");

        SearchIndex crowded = new SearchIndex(new long[] {1}, List.of("solo"), ids, names, oneFlightEach);
        assertTrue(crowded.missionsCalled("flight").isEmpty(), "too many missions through their crews");
        assertTrue(crowded.peopleCalled("flight").isEmpty(), "too many people");
        assertEquals(Optional.of(List.of(1001L)), crowded.peopleCalled("flight-1001"), "few people");
        assertEquals(Optional.of(List.of(1001L)), crowded.missionsCalled("flight-1001"), "few through their crews");
    }
}
