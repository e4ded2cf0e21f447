package org.launchledger.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the search columns hold: every name folded, one space between names, nothing twice. */
class SearchTextTest {

    @Test
    void aPersonsNamesAreFoldedAndJoinedOnce() {
        assertEquals("oleg-novitsky oleg-novitskiy oleg-novickij",
                Person.searchText("oleg-novitsky", "Oleg Novitskiy", "Oleg Novitsky", List.of("oleg-novickij")));
    }

    @Test
    void aMissingFullNameIsLeftOut() {
        assertEquals("alper-gezeravci", Person.searchText("alper-gezeravci", "Alper Gezeravcı", null, List.of()));
    }

    @Test
    void aMatchNeverSpansTwoNames() {
        String search = Person.searchText("anne-mcclain", "Anne McClain", "Anne Charlotte McClain", List.of());
        // The end of one name and the start of the next are not a name.
        assertFalse(search.contains(Slugs.of("mcclain anne")));
    }

    @Test
    void aMissionsDesignationIsFoldedBesideItsSlugWhereItDiffers() {
        assertEquals("soyuz-tma-1", Mission.searchText("soyuz-tma-1", "Soyuz TMA-1"));
        assertEquals("demo-2 crew-dragon-demo-2", Mission.searchText("demo-2", "Crew Dragon Demo-2"));
    }
}
