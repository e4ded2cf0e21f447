package org.launchledger.history.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.launchledger.history.Slugs;
import org.launchledger.history.reference.ReferenceData.CrewRow;
import org.launchledger.history.reference.ReferenceData.MissionRow;
import org.launchledger.history.reference.ReferenceData.PersonRow;

/** Rules the reference tables keep, checked on the CSVs themselves (no app needed). */
class ReferenceRulesTest {

    private static final ReferenceData DATA = ReferenceData.load();

    private static MissionRow mission(String slug) {
        return DATA.missions().stream().filter(m -> m.slug().equals(slug)).findFirst().orElseThrow();
    }

    @Test
    void everySoyuzFlightHasOneCommanderAndNoMissionSpecialist() {
        Map<String, List<CrewRow>> crews = DATA.crew().stream()
                .filter(c -> mission(c.missionSlug()).vehicleSlug().equals("soyuz"))
                .collect(Collectors.groupingBy(CrewRow::missionSlug));
        assertTrue(crews.size() > 70, "Soyuz crews read: " + crews.size());
        crews.forEach((slug, crew) -> {
            assertEquals(1, crew.stream().filter(c -> c.role().equals("Commander")).count(), slug + " commanders");
            assertTrue(crew.stream().noneMatch(c -> c.role().equals("Mission Specialist")), slug + " has no such seat");
        });
    }

    @Test
    void frankDeWinneFlewSoyuzTma1AsFlightEngineer() {
        CrewRow seat = DATA.crewOf("soyuz-tma-1").stream().filter(c -> c.personSlug().equals("frank-de-winne"))
                .findFirst().orElseThrow();
        assertEquals("Flight Engineer", seat.role());
        assertTrue(seat.notes().contains("http"), "the correction cites its source");
    }

    @Test
    void aSeatWhoseRideHomeHasNotLandedHasNoLandingMission() {
        Set<String> notLanded = DATA.missions().stream().filter(m -> m.landing().isEmpty())
                .map(MissionRow::slug).collect(Collectors.toSet());
        assertTrue(notLanded.contains("soyuz-ms-29"), "the data's flights in progress");
        DATA.crew().forEach(c -> assertTrue(!notLanded.contains(c.landedOn()),
                c.personSlug() + " is said to have landed on " + c.landedOn() + ", which has not landed"));
        assertTrue(DATA.crewOf("soyuz-ms-29").stream().allMatch(c -> c.landedOn().isEmpty()));
    }

    @Test
    void soyuzMs22LandedEmptyAt1145Utc() {
        assertEquals("2023-03-28T11:45Z", mission("soyuz-ms-22").landing());
    }

    @Test
    void theSoyuzFlightsThatLackedExpeditionsHaveThem() {
        for (String slug : List.of("soyuz-tma-10", "soyuz-tma-12", "soyuz-tma-15", "soyuz-tma-18m", "soyuz-ms-19",
                "soyuz-ms-21")) {
            assertTrue(!mission(slug).expeditions().isEmpty(), slug);
        }
    }

    @Test
    void everyoneFromRussiaOrTheSovietUnionHasTheirNameInCyrillic() {
        Set<String> soviet = Set.of("RU", "KZ", "BY", "UA");
        List<PersonRow> people = DATA.people().stream().filter(p -> soviet.contains(p.nationality())).toList();
        assertTrue(people.size() > 60, "people read: " + people.size());
        for (PersonRow p : people) {
            assertTrue(DATA.alternativeNamesOf(p.slug()).stream()
                            .anyMatch(n -> n.kind().equals("native-script") && n.name().matches(".*\\p{IsCyrillic}.*")),
                    p.slug() + " has a Cyrillic name");
        }
    }

    @Test
    void everyAlternativeNameHasASourceAndAPersonAndDiffersFromTheName() {
        Map<String, PersonRow> people = DATA.people().stream().collect(Collectors.toMap(PersonRow::slug, p -> p));
        assertTrue(DATA.alternativeNames().size() > 400);
        DATA.alternativeNames().forEach(n -> {
            assertTrue(people.containsKey(n.personSlug()), n.personSlug());
            assertTrue(n.source().matches("https?://\\S+"), n.name() + " source " + n.source());
            // Lower-cased by the root locale, so "Gezeravci" differs from "Gezeravcı" (equalsIgnoreCase would not tell them apart).
            assertTrue(!n.name().toLowerCase(Locale.ROOT).equals(people.get(n.personSlug()).name().toLowerCase(Locale.ROOT)),
                    n.name());
            assertTrue(Set.of("native-script", "romanisation", "short-name", "full-name-variant", "wikipedia-title")
                    .contains(n.kind()), n.kind());
        });
    }

    @Test
    void slugsAreTheirNamesFoldedOrRenamedWithARedirect() {
        Set<String> renamedTo = DATA.renamedSlugs().stream().map(ReferenceData.RenamedSlugRow::newSlug)
                .collect(Collectors.toSet());
        assertTrue(renamedTo.contains("alper-gezeravci") && renamedTo.contains("slawosz-uznanski-wisniewski"));
        Set<String> slugs = DATA.people().stream().map(PersonRow::slug).collect(Collectors.toSet());
        DATA.renamedSlugs().forEach(r -> {
            assertTrue(slugs.contains(r.newSlug()), r.newSlug());
            assertTrue(!slugs.contains(r.oldSlug()), r.oldSlug());
        });
        DATA.people().forEach(p -> assertTrue(p.slug().matches("[a-z0-9]+(-[a-z0-9]+)*"), p.slug()));
        assertEquals("slawosz-uznanski-wisniewski", Slugs.of(DATA.people().stream()
                .filter(p -> p.slug().startsWith("slawosz")).findFirst().orElseThrow().name()));
    }

    @Test
    void theDataThePagesShowAsTextIsInRomanianToo() {
        DATA.standDowns().forEach(s -> assertTrue(!s.reasonRo().isBlank(), s.vehicleSlug() + " " + s.from()));
        DATA.vehicles().stream().filter(v -> !v.notes().isBlank())
                .forEach(v -> assertTrue(!v.notesRo().isBlank(), v.slug()));
        for (String text : DATA.standDowns().stream().map(ReferenceData.StandDownRow::reasonRo).toList()) {
            assertTrue(text.chars().noneMatch(c -> c == 'ş' || c == 'ţ' || c == 'Ş' || c == 'Ţ'), text);
        }
    }
}
