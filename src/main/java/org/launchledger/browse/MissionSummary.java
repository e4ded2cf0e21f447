package org.launchledger.browse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.launchledger.history.CrewSeat;
import org.launchledger.history.Mission;
import org.launchledger.history.Moment;
import org.launchledger.history.Outcome;
import org.launchledger.history.Precision;
import org.launchledger.web.Formats;
import org.launchledger.web.Language;
import org.launchledger.web.Messages;

/**
 * A mission in a few plain sentences, written from its data where no summary is stored: in the
 * past for a flight that is over, in the present for one still in flight or not launched yet, as
 * known at {@code now}. Java gathers the facts; each sentence is one message of the
 * {@code missions.summary.} family, and every sentence starts with a capital.
 */
final class MissionSummary {

    private MissionSummary() {
    }

    /** When the flight stands, seen from now: the {@code select} value the messages take. */
    private enum Tense {
        PLANNED("planned"), IN_FLIGHT("flying"), OVER("over");

        final String word;

        Tense(String word) {
            this.word = word;
        }
    }

    /** How the launch sentence ends: the {@code select} value of {@code missions.summary.launch}. */
    private enum Ending { NONE, STILL, DOCKED, UNDOCKED, ABORT, LANDED }

    /** The summary in English. */
    static String of(Mission m, List<CrewSeat> crew, List<CrewSeat> broughtHome, Instant now) {
        return of(m, crew, broughtHome, now, Language.EN);
    }

    /** The summary in {@code language}; a summary stored with the mission is given as stored. */
    static String of(Mission m, List<CrewSeat> crew, List<CrewSeat> broughtHome, Instant now, Language language) {
        if (m.summary != null && !m.summary.isBlank()) {
            return m.summary;
        }
        Tense tense = !m.launchedBy(now) ? Tense.PLANNED : m.inFlightAt(now) ? Tense.IN_FLIGHT : Tense.OVER;
        List<String> sentences = new ArrayList<>();
        sentences.add(Messages.text(language, "missions.summary.what", m.designation, tense.word,
                Formats.vehicle(m.vehicle, language), m.spacecraft == null ? "" : m.spacecraft.name,
                yes(m.spacecraft != null), Formats.vehicleInText(m.vehicle.slug, m.vehicle.name, language)));
        boolean hasSite = m.launchSite != null && !m.launchSite.isBlank();
        sentences.add(Messages.text(language, "missions.summary.launch", tense.word, day(m.launch(), language),
                hasSite ? m.launchSite : "", yes(hasSite), crew.size(),
                ending(m, tense, now).name().toLowerCase(java.util.Locale.ROOT),
                day(m.docking(), language), day(m.undocking(), language), day(m.landing(), language),
                yes(m.docking() != null), yes(m.landing() != null)));
        if (tense != Tense.PLANNED) {
            long cameHomeElsewhere = crew.stream()
                    .filter(s -> s.landedOn != null && !s.landedOn.slug.equals(m.slug)).count();
            if (cameHomeElsewhere > 0) {
                // Starts a sentence: the message spells the number, as a sentence never starts with a digit.
                sentences.add(Messages.text(language, "missions.summary.elsewhere", cameHomeElsewhere,
                        yes(cameHomeElsewhere == crew.size())));
            }
        }
        if (!broughtHome.isEmpty()) {
            List<String> launchedOn = broughtHome.stream().map(s -> s.mission.designation).distinct().toList();
            sentences.add(Messages.text(language, "missions.summary.brought-home",
                    tense.word, broughtHome.size(),
                    Formats.list(launchedOn, language)));
        }
        return sentences.stream().map(MissionSummary::sentence).collect(Collectors.joining(" "));
    }

    /** Where the launch sentence leaves the flight: under way, or how it ended. */
    private static Ending ending(Mission m, Tense tense, Instant now) {
        return switch (tense) {
            case PLANNED -> Ending.NONE;
            case IN_FLIGHT -> m.docking() == null || m.docking().at().isAfter(now) ? Ending.STILL
                    : m.undocking() == null || m.undocking().at().isAfter(now) ? Ending.DOCKED : Ending.UNDOCKED;
            case OVER -> m.outcome == Outcome.LAUNCH_ABORT ? Ending.ABORT : Ending.LANDED;
        };
    }

    /** A day as the language writes it in a summary: the message picks the ISO or the spelled-out form. */
    private static String day(Moment moment, Language language) {
        if (moment == null) {
            return "";
        }
        return Messages.text(language, "missions.summary.day", Formats.day(moment),
                Formats.human(Moment.of(moment.at(), Precision.DAY), language));
    }

    private static String yes(boolean fact) {
        return fact ? "yes" : "no";
    }

    /** A clause as a sentence: a capital at the start, a full stop at the end unless it has one. */
    static String sentence(String clause) {
        String text = Character.toUpperCase(clause.charAt(0)) + clause.substring(1);
        return text.endsWith(".") ? text : text + ".";
    }
}
