package org.launchledger.contribute;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.launchledger.history.CrewSeat;
import org.launchledger.history.Mission;
import org.launchledger.history.Moment;
import org.launchledger.history.Person;
import org.launchledger.web.Formats;
import org.launchledger.web.Language;

/**
 * The ledger's missions, crew seats and people as rows of text in the columns of
 * data/reference/*.csv: what the export writes and what the import compares with, so that a file
 * exported and imported back changes nothing. Instants at their stored precision
 * ({@link Moment#iso()}); sources separated by spaces; expeditions as the reference tables write
 * them ({@link #expeditions}); an absent value is null.
 */
public final class LedgerCsv {

    /** The columns of missions.csv. */
    public static final List<String> MISSION_COLUMNS = List.of("slug", "designation", "vehicle_family",
            "vehicle_variant", "spacecraft_name", "operator", "vehicle_country", "launch_utc", "launch_site",
            "docking_utc", "undocking_utc", "landing_utc", "outcome", "expeditions", "notes", "sources");
    /** The columns of crew.csv; a seat's mission by designation. */
    public static final List<String> CREW_COLUMNS = List.of("designation", "person_slug", "person", "role",
            "launched_on", "landed_on", "expeditions", "notes");
    /** The columns of people.csv. */
    public static final List<String> PERSON_COLUMNS = List.of("slug", "name", "full_name", "nationality", "agency",
            "wikipedia");

    /** "43-46" or "19" in a list such as "19/20" or "43-46". */
    private static final Pattern EXPEDITION_PART = Pattern.compile("([1-9][0-9]{0,3})(?:-([1-9][0-9]{0,3}))?");

    private LedgerCsv() {
    }

    /** A mission's row, in {@link #MISSION_COLUMNS}' order; the vehicle's country named in English. */
    public static String[] row(Mission m) {
        return new String[] {m.slug, m.designation, m.vehicle.name, m.variant,
                m.spacecraft == null ? null : m.spacecraft.name, m.operator,
                Formats.country(m.vehicle.country, Language.EN), iso(m.launch()), m.launchSite, iso(m.docking()),
                iso(m.undocking()), iso(m.landing()), m.outcome.code, expeditions(m.expeditions), m.notes,
                String.join(" ", m.sources)};
    }

    /** A seat's row, in {@link #CREW_COLUMNS}' order; landed_on null while the person is in space. */
    public static String[] row(CrewSeat s) {
        return new String[] {s.mission.designation, s.person.slug, s.person.name, s.role, s.mission.designation,
                s.landedOn == null ? null : s.landedOn.designation, expeditions(s.expeditions), s.notes};
    }

    /** A person's row, in {@link #PERSON_COLUMNS}' order. */
    public static String[] row(Person p) {
        return new String[] {p.slug, p.name, p.fullName, p.nationality, p.agency, p.wikipedia};
    }

    /**
     * Expedition numbers as the reference tables write them: "/" between numbers, a run of three
     * or more consecutive ones as a range ("43-46"), so [19, 20] is "19/20" and [43, 44, 45, 46] "43-46".
     */
    public static String expeditions(List<Integer> numbers) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < numbers.size()) {
            int j = i;
            while (j + 1 < numbers.size() && numbers.get(j + 1) == numbers.get(j) + 1) {
                j++;
            }
            if (j - i >= 2) {
                parts.add(numbers.get(i) + "-" + numbers.get(j));
            } else {
                for (int k = i; k <= j; k++) {
                    parts.add(String.valueOf(numbers.get(k)));
                }
            }
            i = j + 1;
        }
        return String.join("/", parts);
    }

    /**
     * The numbers {@link #expeditions(List)} wrote, in order: "19/20" is [19, 20], "43-46" [43, 44,
     * 45, 46], blank none. Empty when the text is not of that form (a range must rise, numbers
     * below 10000).
     */
    public static Optional<List<Integer>> parseExpeditions(String text) {
        List<Integer> numbers = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return Optional.of(numbers);
        }
        for (String part : text.strip().split("/", -1)) {
            Matcher m = EXPEDITION_PART.matcher(part.strip());
            if (!m.matches()) {
                return Optional.empty();
            }
            int from = Integer.parseInt(m.group(1));
            int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
            if (to < from) {
                return Optional.empty();
            }
            for (int n = from; n <= to; n++) {
                numbers.add(n);
            }
        }
        return Optional.of(numbers);
    }

    /** The moment as {@link Moment#iso()} writes it; null for none. */
    public static String iso(Moment moment) {
        return moment == null ? null : moment.iso();
    }
}
