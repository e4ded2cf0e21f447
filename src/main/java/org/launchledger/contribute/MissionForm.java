package org.launchledger.contribute;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.launchledger.history.CrewSeat;
import org.launchledger.history.Mission;
import org.launchledger.history.Moment;
import org.launchledger.history.Slugs;
import org.launchledger.web.InvalidInputException.Violation;

/**
 * The mission form as the reader filled it in: every field the text typed, so a rejected form
 * comes back exactly as sent. {@link #toWrite()} turns it into the {@link MissionWrite} the JSON
 * API takes, so forms and API keep the same rules.
 *
 * @param expeditions numbers separated by commas or spaces; a range as {@code 43-46}
 * @param sources one http(s) address per line
 * @param version the mission's version the form was opened at; empty for a new mission
 */
public record MissionForm(String slug, String designation, String vehicle, String variant, String spacecraft,
                          String operator, String launch, String docking, String undocking, String landing,
                          String launchSite, String outcome, String expeditions, String summary, String sources,
                          String version, List<SeatRow> crew) {

    /** The most crew rows a form carries: more than any vehicle seats. */
    static final int MAX_ROWS = 10;
    /** Crew rows shown beyond the crew already listed, so a seat can be added without a script. */
    static final int SPARE_ROWS = 2;
    private static final Pattern RANGE = Pattern.compile("(\\d{1,4})(?:-(\\d{1,4}))?");
    private static final int MAX_RANGE = 20;

    /**
     * One crew row: an existing person by slug, or a new person by name and nationality; the role,
     * the flight home (a mission slug) and the seat's own expeditions.
     */
    public record SeatRow(int index, String person, String role, String landedOn, String expeditions,
                          String newName, String newNationality) {

        /** The form field of this row's {@code part}: {@code crew[2].role}. */
        public String name(String part) {
            return "crew[" + index + "]." + part;
        }

        /** The element id of this row's {@code part}: {@code crew-2-role}. */
        public String id(String part) {
            return "crew-" + index + "-" + part;
        }

        boolean isBlank() {
            return blank(person) && blank(role) && blank(landedOn) && blank(expeditions) && blank(newName)
                    && blank(newNationality);
        }

        boolean addsPerson() {
            return blank(person) && !blank(newName);
        }
    }

    /** A form converted for the rules: the write, what could not even be read, and each crew entry's row. */
    record Converted(MissionWrite write, List<Violation> unreadable, List<Integer> rows) {
    }

    /** An empty form for a new mission. */
    public static MissionForm empty() {
        return new MissionForm("", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", rows(List.of()));
    }

    /** The form for editing {@code mission}, as stored now. */
    public static MissionForm of(Mission mission) {
        List<SeatRow> seats = new ArrayList<>();
        for (CrewSeat seat : mission.crew) {
            seats.add(new SeatRow(seats.size(), seat.person.slug, seat.role,
                    seat.landedOn == null ? "" : seat.landedOn.slug, numbers(seat.expeditions), "", ""));
        }
        return new MissionForm(mission.slug, mission.designation, mission.vehicle.slug, text(mission.variant),
                mission.spacecraft == null ? "" : mission.spacecraft.slug, text(mission.operator),
                iso(mission.launch()), iso(mission.docking()), iso(mission.undocking()), iso(mission.landing()),
                text(mission.launchSite), mission.outcome.code, numbers(mission.expeditions), text(mission.summary),
                String.join("\n", mission.sources), Long.toString(mission.version), rows(seats));
    }

    /** The form as posted ({@code application/x-www-form-urlencoded}); missing fields are empty. */
    public static MissionForm read(MultivaluedMap<String, String> posted) {
        List<SeatRow> seats = new ArrayList<>();
        for (int i = 0; i < MAX_ROWS; i++) {
            String prefix = "crew[" + i + "].";
            if (!posted.containsKey(prefix + "person") && !posted.containsKey(prefix + "newName")) {
                break;
            }
            seats.add(new SeatRow(i, field(posted, prefix + "person"), field(posted, prefix + "role"),
                    field(posted, prefix + "landedOn"), field(posted, prefix + "expeditions"),
                    field(posted, prefix + "newName"), field(posted, prefix + "newNationality")));
        }
        return new MissionForm(field(posted, "slug"), field(posted, "designation"), field(posted, "vehicle"),
                field(posted, "variant"), field(posted, "spacecraft"), field(posted, "operator"),
                field(posted, "launch"), field(posted, "docking"), field(posted, "undocking"),
                field(posted, "landing"), field(posted, "launchSite"), field(posted, "outcome"),
                field(posted, "expeditions"), field(posted, "summary"), field(posted, "sources"),
                field(posted, "version"), rows(seats));
    }

    /** The same form with every crew row after the filled ones blank, up to the spare rows. */
    private static List<SeatRow> rows(List<SeatRow> seats) {
        List<SeatRow> rows = new ArrayList<>(seats);
        int filled = (int) seats.stream().filter(s -> !s.isBlank()).count();
        int wanted = Math.min(MAX_ROWS, Math.max(rows.size(), filled + SPARE_ROWS));
        while (rows.size() < wanted) {
            rows.add(new SeatRow(rows.size(), "", "", "", "", "", ""));
        }
        return List.copyOf(rows);
    }

    /** This form with another version: after a conflict, saving again is a deliberate overwrite. */
    public MissionForm atVersion(long current) {
        return new MissionForm(slug, designation, vehicle, variant, spacecraft, operator, launch, docking, undocking,
                landing, launchSite, outcome, expeditions, summary, sources, Long.toString(current), crew);
    }

    /** The request the form stands for, with what could not be read as numbers named by field. */
    Converted toWrite() {
        List<Violation> unreadable = new ArrayList<>();
        List<MissionWrite.Seat> seats = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (SeatRow row : crew) {
            if (row.isBlank()) {
                continue;
            }
            List<Integer> own = expeditionNumbers(row.name("expeditions"), row.expeditions(), unreadable);
            PersonWrite newPerson = null;
            String personSlug = row.person().strip();
            if (row.addsPerson()) {
                String name = row.newName().strip();
                personSlug = Slugs.of(name);
                newPerson = new PersonWrite(personSlug, name, null, row.newNationality().strip().toUpperCase(Locale.ROOT),
                        null, null, List.of(), null);
            }
            seats.add(new MissionWrite.Seat(personSlug, row.role().strip(), row.landedOn().strip(), own, newPerson));
            rows.add(row.index());
        }
        Long readVersion = null;
        if (!blank(version)) {
            try {
                readVersion = Long.valueOf(version.strip());
            } catch (NumberFormatException e) {
                unreadable.add(new Violation("version", "required"));
            }
        }
        List<String> urls = sources.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        MissionWrite write = new MissionWrite(slug.strip(), designation.strip(), vehicle.strip(), variant.strip(),
                spacecraft.strip(), operator.strip(), launch.strip(), docking.strip(), undocking.strip(),
                landing.strip(), launchSite.strip(), summary.strip(), outcome.strip(),
                expeditionNumbers("expeditions", expeditions, unreadable), seats, urls, readVersion);
        return new Converted(write, unreadable, rows);
    }

    /**
     * What differs between this form and {@code other}, field by field (for a conflict: yours,
     * theirs), each field named by {@code label}.
     */
    public List<Difference> differencesFrom(MissionForm other, Function<String, String> label) {
        Map<String, String[]> fields = new LinkedHashMap<>();
        fields.put("slug", new String[] {slug, other.slug});
        fields.put("designation", new String[] {designation, other.designation});
        fields.put("vehicle", new String[] {vehicle, other.vehicle});
        fields.put("variant", new String[] {variant, other.variant});
        fields.put("spacecraft", new String[] {spacecraft, other.spacecraft});
        fields.put("operator", new String[] {operator, other.operator});
        fields.put("launch", new String[] {launch, other.launch});
        fields.put("docking", new String[] {docking, other.docking});
        fields.put("undocking", new String[] {undocking, other.undocking});
        fields.put("landing", new String[] {landing, other.landing});
        fields.put("launchSite", new String[] {launchSite, other.launchSite});
        fields.put("outcome", new String[] {outcome, other.outcome});
        fields.put("expeditions", new String[] {expeditions, other.expeditions});
        fields.put("summary", new String[] {summary, other.summary});
        fields.put("sources", new String[] {sources, other.sources});
        fields.put("crew", new String[] {crewText(), other.crewText()});
        return Difference.between(fields, label);
    }

    /** One field that differs: its label, the reader's value and the stored one. */
    public record Difference(String label, String yours, String current) {

        /** The fields whose two values differ (whitespace aside), in order: field → {yours, current}. */
        static List<Difference> between(Map<String, String[]> fields, Function<String, String> label) {
            return fields.entrySet().stream()
                    .filter(e -> !normalised(e.getValue()[0]).equals(normalised(e.getValue()[1])))
                    .map(e -> new Difference(label.apply(e.getKey()), e.getValue()[0], e.getValue()[1]))
                    .toList();
        }
    }

    /** The crew as one line a seat: "person (role, home)". */
    private String crewText() {
        return crew.stream().filter(s -> !s.isBlank())
                .map(s -> (s.addsPerson() ? s.newName() : s.person()) + " (" + s.role()
                        + (blank(s.landedOn()) ? "" : ", " + s.landedOn()) + ")")
                .collect(Collectors.joining("\n"));
    }

    private static String normalised(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    /** "19, 20" or "43-46" as numbers; an unreadable entry is a violation of {@code field}. */
    private static List<Integer> expeditionNumbers(String field, String text, List<Violation> unreadable) {
        List<Integer> numbers = new ArrayList<>();
        for (String token : text.split("[,;\\s]+")) {
            if (token.isEmpty()) {
                continue;
            }
            Matcher m = RANGE.matcher(token);
            if (!m.matches()) {
                unreadable.add(new Violation(field, "expedition-list", token));
                continue;
            }
            int first = Integer.parseInt(m.group(1));
            int last = m.group(2) == null ? first : Integer.parseInt(m.group(2));
            if (last < first || last - first > MAX_RANGE) {
                unreadable.add(new Violation(field, "expedition-list", token));
                continue;
            }
            for (int n = first; n <= last; n++) {
                numbers.add(n);
            }
        }
        return numbers;
    }

    private static String numbers(List<Integer> numbers) {
        return numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static String field(MultivaluedMap<String, String> posted, String name) {
        return Objects.requireNonNullElse(posted.getFirst(name), "");
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String iso(Moment moment) {
        return moment == null ? "" : moment.iso();
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
