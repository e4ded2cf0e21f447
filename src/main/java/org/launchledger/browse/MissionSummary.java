package org.launchledger.browse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.launchledger.history.CrewSeat;
import org.launchledger.history.Mission;
import org.launchledger.history.Outcome;
import org.launchledger.web.Formats;

/**
 * A mission in a few plain sentences, written from its data where no summary is stored: in the
 * past for a flight that is over, in the present for one still in flight or not launched yet, as
 * known at {@code now}. Every sentence is built here and starts with a capital.
 */
final class MissionSummary {

    private MissionSummary() {
    }

    /** When the flight stands, seen from now. */
    private enum Tense { PLANNED, IN_FLIGHT, OVER }

    static String of(Mission m, List<CrewSeat> crew, List<CrewSeat> broughtHome, Instant now) {
        if (m.summary != null && !m.summary.isBlank()) {
            return m.summary;
        }
        Tense tense = !m.launchedBy(now) ? Tense.PLANNED : m.inFlightAt(now) ? Tense.IN_FLIGHT : Tense.OVER;
        List<String> sentences = new ArrayList<>();
        sentences.add(m.designation + (tense == Tense.OVER ? " was a " : tense == Tense.PLANNED ? " is a planned " : " is a ")
                + m.vehicle.name + " flight" + (m.spacecraft == null ? "" : " on the airframe " + m.spacecraft.name));
        String site = m.launchSite == null || m.launchSite.isBlank() ? "a launch site not yet recorded" : m.launchSite;
        String aboard = crew.isEmpty() ? " with no crew aboard" : " with " + people(crew.size()) + " aboard";
        String launch = Formats.day(m.launch());
        switch (tense) {
            case PLANNED -> sentences.add("it is due to launch on " + launch + " from " + site + aboard);
            case IN_FLIGHT -> sentences.add("it launched on " + launch + " from " + site + aboard + inFlight(m, now));
            case OVER -> sentences.add("it launched on " + launch + " from " + site + aboard + over(m));
        }
        if (tense != Tense.PLANNED) {
            long cameHomeElsewhere = crew.stream()
                    .filter(s -> s.landedOn != null && !s.landedOn.slug.equals(m.slug)).count();
            if (cameHomeElsewhere > 0) {
                // Starts a sentence: the number in words, as a sentence never starts with a digit.
                sentences.add((cameHomeElsewhere == crew.size() ? "its whole crew" : spelled(cameHomeElsewhere) + " of its crew")
                        + " came home on another flight");
            }
        }
        if (!broughtHome.isEmpty()) {
            sentences.add((tense == Tense.OVER ? "it brought home " : "it is to bring home ") + people(broughtHome.size())
                    + " who had launched on "
                    + broughtHome.stream().map(s -> s.mission.designation).distinct().collect(Collectors.joining(", ")));
        }
        return sentences.stream().map(MissionSummary::sentence).collect(Collectors.joining(" "));
    }

    /** The rest of the launch sentence of a flight under way: where it is now. */
    private static String inFlight(Mission m, Instant now) {
        if (m.docking() == null || m.docking().at().isAfter(now)) {
            return " and is still in flight";
        }
        if (m.undocking() == null || m.undocking().at().isAfter(now)) {
            return " and has been docked to the ISS since " + Formats.day(m.docking());
        }
        return ", docked to the ISS on " + Formats.day(m.docking()) + ", undocked on " + Formats.day(m.undocking())
                + " and has not landed yet";
    }

    /** The rest of the launch sentence of a flight that is over: how it ended. */
    private static String over(Mission m) {
        String landed = m.landing() == null ? "" : " on " + Formats.day(m.landing());
        if (m.outcome == Outcome.LAUNCH_ABORT) {
            return "; the launch failed, and the crew came back to Earth" + landed + " without reaching the station";
        }
        String docked = m.docking() == null ? "" : ", docked to the ISS on " + Formats.day(m.docking());
        return docked + " and landed" + landed;
    }

    /** A clause as a sentence: a capital at the start, a full stop at the end. */
    static String sentence(String clause) {
        return Character.toUpperCase(clause.charAt(0)) + clause.substring(1) + ".";
    }

    private static String people(long n) {
        return n == 1 ? "one person" : n + " people";
    }

    private static final String[] NUMBERS = {"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};

    /** Like {@link #people(long)}, with the number in words up to nine: "two people". */
    private static String spelled(long n) {
        return n == 1 ? "one person" : (n < NUMBERS.length ? NUMBERS[(int) n] : String.valueOf(n)) + " people";
    }
}
