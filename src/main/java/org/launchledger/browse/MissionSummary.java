package org.launchledger.browse;

import java.util.List;
import java.util.stream.Collectors;
import org.launchledger.history.CrewSeat;
import org.launchledger.history.Mission;
import org.launchledger.history.Outcome;
import org.launchledger.web.Formats;

/** A mission in a few plain sentences, written from its data where no summary is stored. */
final class MissionSummary {

    private MissionSummary() {
    }

    static String of(Mission m, List<CrewSeat> crew, List<CrewSeat> broughtHome) {
        if (m.summary != null && !m.summary.isBlank()) {
            return m.summary;
        }
        StringBuilder text = new StringBuilder(m.designation).append(" was a ").append(m.vehicle.name).append(" flight");
        if (m.spacecraft != null) {
            text.append(" on the airframe ").append(m.spacecraft.name);
        }
        text.append(". It launched on ").append(Formats.day(m.launch()));
        if (m.launchSite != null) {
            text.append(" from ").append(m.launchSite);
        }
        text.append(crew.isEmpty() ? " with no crew aboard" : " with " + people(crew.size()) + " aboard");
        if (m.outcome == Outcome.LAUNCH_ABORT) {
            text.append("; the launch failed, and the crew came back to Earth");
            if (m.landing() != null) {
                text.append(" on ").append(Formats.day(m.landing()));
            }
            text.append(" without reaching the station.");
        } else {
            if (m.docking() != null) {
                text.append(", docked to the ISS on ").append(Formats.day(m.docking()));
            }
            text.append(m.landing() == null ? " and is still in flight." : " and landed on " + Formats.day(m.landing()) + ".");
        }
        long cameHomeElsewhere = crew.stream().filter(s -> s.landedOn != null && !s.landedOn.slug.equals(m.slug)).count();
        if (cameHomeElsewhere > 0) {
            text.append(" ").append(cameHomeElsewhere == crew.size() ? "Its whole crew" : people(cameHomeElsewhere) + " of its crew")
                    .append(" came home on another flight.");
        }
        if (!broughtHome.isEmpty()) {
            text.append(" It brought home ").append(people(broughtHome.size())).append(" who had launched on ")
                    .append(broughtHome.stream().map(s -> s.mission.designation).distinct().collect(Collectors.joining(", ")))
                    .append(".");
        }
        return text.toString();
    }

    private static String people(long n) {
        return n == 1 ? "one person" : n + " people";
    }
}
