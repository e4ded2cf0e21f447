package org.launchledger.browse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.launchledger.history.CrewSeat;
import org.launchledger.history.MadeUp;
import org.launchledger.history.Mission;
import org.launchledger.history.Outcome;
import org.launchledger.history.Spacecraft;
import org.launchledger.history.Vehicle;
import org.launchledger.web.Language;

/** The sentences written about a mission, over every outcome, crew and time, on made-up missions. */
class MissionSummaryTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    private static Mission mission(Outcome outcome, String launch, String docking, String undocking, String landing,
                                   String site, boolean airframe) {
        Vehicle v = MadeUp.vehicle("capsule", "RU");
        v.name = "Capsule";
        Mission m = MadeUp.mission("cap-1", v, outcome, launch, docking, undocking, landing);
        m.launchSite = site;
        if (airframe) {
            m.spacecraft = new Spacecraft();
            m.spacecraft.name = "Freedom";
        }
        return m;
    }

    private static Mission other(String designation) {
        Mission m = new Mission();
        m.slug = designation.toLowerCase();
        m.designation = designation;
        return m;
    }

    /** {@code size} seats of which {@code elsewhere} came home on another flight, the rest on this one or none yet. */
    private static List<CrewSeat> crew(Mission m, int size, int elsewhere, boolean landedHere) {
        List<CrewSeat> seats = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            CrewSeat s = new CrewSeat();
            s.mission = m;
            s.landedOn = i < elsewhere ? other("Ride-home") : landedHere ? m : null;
            seats.add(s);
        }
        return seats;
    }

    private static List<CrewSeat> broughtHome(int n) {
        List<CrewSeat> seats = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            CrewSeat s = new CrewSeat();
            s.mission = other("Earlier-" + (i % 2));
            seats.add(s);
        }
        return seats;
    }

    /** Flights at each stage of their life as seen on 2026-11-30: times of launch, docking, undocking, landing. */
    private static final String[][] STAGES = {
        {"2027-03-01T10:00:00Z", null, null, null},                                    // planned
        {"2026-11-30T06:00:00Z", null, null, null},                                    // launched today, not docked
        {"2026-02-13T10:15:00Z", "2026-02-14T20:15:00Z", null, null},                  // docked
        {"2026-02-13T10:15:00Z", "2026-02-14T20:15:00Z", "2026-11-29T10:00:00Z", null}, // undocked, not landed
        {"2026-02-13T10:15:00Z", "2026-02-14T20:15:00Z", "2026-12-20T10:00:00Z", "2026-12-21T10:00:00Z"}, // ends later
        {"2020-05-30T19:22:00Z", "2020-05-31T14:16:00Z", "2020-08-01T23:35:00Z", "2020-08-02T18:48:00Z"}, // over
        {"2020-05-30T19:22:00Z", null, null, "2020-05-30T19:40:00Z"},                  // short, never docked
    };

    @Test
    void everySentenceStartsWithACapitalAndNothingIsLeftBlank() {
        int written = 0;
        for (Outcome outcome : Outcome.values()) {
            for (String[] t : STAGES) {
                for (String site : new String[] {"Baikonur Site 31/6", null, " "}) {
                    for (int size : new int[] {0, 1, 3}) {
                        for (int elsewhere = 0; elsewhere <= size; elsewhere++) {
                            for (int home : new int[] {0, 1, 2}) {
                                Mission m = mission(outcome, t[0], t[1], t[2], t[3], site, size % 2 == 1);
                                for (Language language : Language.values()) {
                                    String text = MissionSummary.of(m, crew(m, size, elsewhere, t[3] != null),
                                            broughtHome(home), NOW, language);
                                    check(text);
                                    written++;
                                }
                            }
                        }
                    }
                }
            }
        }
        assertTrue(written > 1000, "combinations: " + written);
    }

    private static void check(String text) {
        assertTrue(text.endsWith("."), text);
        assertFalse(text.contains("  ") || text.contains(" .") || text.contains(" ,") || text.contains("from  ")
                || text.contains("from with") || text.contains("null"), text);
        for (String sentence : text.split("(?<=\\.) ")) {
            assertTrue(Character.isUpperCase(sentence.charAt(0)), "'" + sentence + "' in: " + text);
        }
    }

    @Test
    void aFlightUnderWaySpeaksInThePresent() {
        Mission m = mission(Outcome.IN_PROGRESS, "2026-02-13T10:15:00Z", "2026-02-14T20:15:00Z", null, null,
                "SLC-40", true);
        assertEquals("Cap-1 is a Capsule flight, flown by Freedom. It launched on 13 February 2026 from SLC-40 with"
                        + " 4 people aboard and has been docked to the ISS since 14 February 2026.",
                MissionSummary.of(m, crew(m, 4, 0, false), List.of(), NOW));
    }

    @Test
    void aFlightUnderWayIsToBringHomeThoseWhoWaitForIt() {
        Mission m = mission(Outcome.IN_PROGRESS, "2026-02-13T10:15:00Z", "2026-02-14T20:15:00Z",
                "2026-11-29T10:00:00Z", null, null, false);
        assertEquals("Cap-1 is a Capsule flight. It launched on 13 February 2026 from a launch site not yet recorded, with"
                        + " one person aboard, docked to the ISS on 14 February 2026, undocked on 29 November 2026 and has not"
                        + " landed yet. It is to bring home one person who had launched on Earlier-0.",
                MissionSummary.of(m, crew(m, 1, 0, false), broughtHome(1), NOW));
    }

    @Test
    void aFlightThatIsOverSpeaksInThePastAndCapitalisesItsCrewSentence() {
        Mission m = mission(Outcome.NOMINAL, "2008-03-11T06:28:00Z", "2008-03-13T03:49:00Z", null,
                "2008-03-27T00:40:00Z", "KSC LC-39A", false);
        assertEquals("Cap-1 was a Capsule flight. It launched on 11 March 2008 from KSC LC-39A with 3 people aboard,"
                        + " docked to the ISS on 13 March 2008 and landed on 27 March 2008. One person of its crew came home"
                        + " on another flight. It brought home 2 people who had launched on Earlier-0 and Earlier-1.",
                MissionSummary.of(m, crew(m, 3, 1, true), broughtHome(2), NOW));
    }

    @Test
    void aPlannedFlightIsDueToLaunch() {
        Mission m = mission(Outcome.PLANNED, "2027-03-01T10:00:00Z", null, null, null, "SLC-40", false);
        assertEquals("Cap-1 is a planned Capsule flight. It is due to launch on 1 March 2027 from SLC-40 with 3 people aboard.",
                MissionSummary.of(m, crew(m, 3, 0, false), List.of(), NOW));
    }

    @Test
    void inRomanianAFlightUnderWaySpeaksInThePresentWithDatesInWords() {
        Mission m = mission(Outcome.IN_PROGRESS, "2026-02-13T10:15:00Z", "2026-02-14T20:15:00Z", null, null,
                "SLC-40", true);
        assertEquals("Cap-1 este un zbor cu Capsule, nava Freedom. A decolat pe 13 februarie 2026 de la SLC-40, cu"
                        + " 4 persoane la bord, și este andocat la ISS din 14 februarie 2026.",
                MissionSummary.of(m, crew(m, 4, 0, false), List.of(), NOW, Language.RO));
    }

    @Test
    void inRomanianAFlightThatIsOverSpeaksInThePastAndSpellsItsCount() {
        Mission m = mission(Outcome.NOMINAL, "2008-03-11T06:28:00Z", "2008-03-13T03:49:00Z", null,
                "2008-03-27T00:40:00Z", "KSC LC-39A", false);
        assertEquals("Cap-1 a fost un zbor cu Capsule. A decolat pe 11 martie 2008 de la KSC LC-39A, cu 3 persoane la"
                        + " bord, a andocat la ISS pe 13 martie 2008 și a revenit pe Pământ pe 27 martie 2008. Două"
                        + " persoane din echipaj s-au întors cu altă navă. A adus acasă 2 persoane care decolaseră cu"
                        + " Earlier-0 și Earlier-1.",
                MissionSummary.of(m, crew(m, 3, 2, true), broughtHome(2), NOW, Language.RO));
    }

    @Test
    void inRomanianAPlannedFlightIsDueAndAnUnknownSiteIsSaidPlainly() {
        Mission m = mission(Outcome.PLANNED, "2027-03-01T10:00:00Z", null, null, null, null, false);
        assertEquals("Cap-1 este un zbor planificat cu Capsule. Urmează să decoleze pe 1 martie 2027 de la un loc de"
                        + " lansare încă neconsemnat, cu 20 de persoane la bord.",
                MissionSummary.of(m, crew(m, 20, 0, false), List.of(), NOW, Language.RO));
    }

    @Test
    void inRomanianAWholeCrewHomeElsewhereAndAnEmptyFlightReadNaturally() {
        Mission m = mission(Outcome.CREW_RETURNED_ON_OTHER_VEHICLE, "2008-03-11T06:28:00Z", "2008-03-13T03:49:00Z",
                null, "2008-03-27T00:40:00Z", "Baikonur", false);
        assertEquals("Cap-1 a fost un zbor cu Capsule. A decolat pe 11 martie 2008 de la Baikonur, cu o persoană la"
                        + " bord, a andocat la ISS pe 13 martie 2008 și a revenit pe Pământ pe 27 martie 2008. Tot"
                        + " echipajul s-a întors cu altă navă. A adus acasă o persoană care decolase cu Earlier-0.",
                MissionSummary.of(m, crew(m, 1, 1, true), broughtHome(1), NOW, Language.RO));
    }
}
