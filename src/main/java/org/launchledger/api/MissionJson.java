package org.launchledger.api;

import java.util.List;
import org.launchledger.history.CrewSeat;
import org.launchledger.history.Mission;
import org.launchledger.history.Moment;

/** A mission on the wire: instants as ISO-8601 UTC at their stored precision. */
public record MissionJson(
        String slug,
        String designation,
        String vehicle,
        String variant,
        String spacecraft,
        String operator,
        String launch,
        String docking,
        String undocking,
        String landing,
        String launchSite,
        String outcome,
        List<Integer> expeditions,
        List<CrewMemberJson> crew,
        List<String> sources,
        boolean unverified,
        long version) {

    public record CrewMemberJson(String name, String slug, String nationality, String role, String launchedOn,
                                 String landedOn, boolean unverified) {

        static CrewMemberJson of(CrewSeat seat) {
            return new CrewMemberJson(seat.person.name, seat.person.slug, seat.person.nationality, seat.role,
                    seat.mission.slug, seat.landedOn == null ? null : seat.landedOn.slug, seat.unverified);
        }
    }

    public static MissionJson of(Mission m) {
        return new MissionJson(m.slug, m.designation, m.vehicle.slug, m.variant,
                m.spacecraft == null ? null : m.spacecraft.slug, m.operator,
                iso(m.launch()), iso(m.docking()), iso(m.undocking()), iso(m.landing()),
                m.launchSite, m.outcome.code, List.copyOf(m.expeditions),
                m.crew.stream().map(CrewMemberJson::of).toList(), List.copyOf(m.sources), m.unverified, m.version);
    }

    /** ISO-8601 in UTC at the stored precision ({@link Moment#iso()}); null for an unknown moment. */
    public static String iso(Moment moment) {
        return moment == null ? null : moment.iso();
    }
}
