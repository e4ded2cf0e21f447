package org.launchledger.contribute;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.launchledger.history.CrewSeat;
import org.launchledger.history.Mission;
import org.launchledger.history.Person;
import org.launchledger.history.Spacecraft;
import org.launchledger.history.Vehicle;
import org.launchledger.web.Formats;
import org.launchledger.web.InvalidInputException;
import org.launchledger.web.InvalidInputException.Violation;
import org.launchledger.web.Language;

/**
 * Imports the export's tables back (people, missions, crew; see {@link LedgerCsv}): an upsert
 * keyed by slug, and for crew by mission designation and person slug. A row equal to the stored
 * record's is left alone; any other is checked by the rules of the write API ({@link PersonChanges},
 * {@link MissionChanges}) and applied through them, so each applied record increments the data
 * version once. All or nothing: when any row breaks a rule, every broken rule is reported with its
 * row and column and nothing is applied. An import never deletes: a record or seat left out of the
 * file stays. Columns the export derives (a mission's vehicle_country, a seat's person and
 * launched_on) may be left empty; when given they must agree with the record.
 */
@ApplicationScoped
public class CsvImport {

    /** The largest file an import takes, in bytes: several times the whole ledger. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private static final Map<String, String> PERSON_FIELDS = Map.of("slug", "slug", "name", "name",
            "fullName", "full_name", "nationality", "nationality", "agency", "agency", "wikipedia", "wikipedia");
    private static final Map<String, String> MISSION_FIELDS = Map.ofEntries(Map.entry("slug", "slug"),
            Map.entry("designation", "designation"), Map.entry("vehicle", "vehicle_family"),
            Map.entry("variant", "vehicle_variant"), Map.entry("spacecraft", "spacecraft_name"),
            Map.entry("operator", "operator"), Map.entry("launch", "launch_utc"), Map.entry("docking", "docking_utc"),
            Map.entry("undocking", "undocking_utc"), Map.entry("landing", "landing_utc"),
            Map.entry("launchSite", "launch_site"), Map.entry("outcome", "outcome"),
            Map.entry("expeditions", "expeditions"), Map.entry("sources", "sources"));
    private static final Map<String, String> SEAT_FIELDS = Map.of("slug", "person_slug", "role", "role",
            "landedOn", "landed_on");
    /** The longest notes the schema holds, in characters: a mission's and a seat's. */
    private static final int MISSION_NOTES = 4000;
    private static final int SEAT_NOTES = 2000;

    /** The tables an import takes, in the order they depend on each other: crew names people and missions. */
    public enum Table {
        PEOPLE("people.csv"), MISSIONS("missions.csv"), CREW("crew.csv");

        /** The file name the export gives the table. */
        public final String file;

        Table(String file) {
            this.file = file;
        }

        /** The table exported as {@code file} ("missions.csv"); empty for any other name. */
        public static Optional<Table> ofFile(String file) {
            return Arrays.stream(values()).filter(t -> t.file.equals(file)).findFirst();
        }
    }

    /** What an import did to one table: records (or seats) created, updated and left unchanged. */
    public record Report(int created, int updated, int unchanged) {
    }

    private final MissionChanges missions;
    private final PersonChanges people;

    CsvImport(MissionChanges missions, PersonChanges people) {
        this.missions = missions;
        this.people = people;
    }

    /**
     * Imports one table's CSV text. Call within the importer's transaction, which must roll back
     * when this throws.
     *
     * @throws InvalidInputException listing every broken rule by row and column; nothing applied
     */
    public Report apply(Table table, String text) {
        return switch (table) {
            case PEOPLE -> people(CsvRows.read(text, LedgerCsv.PERSON_COLUMNS));
            case MISSIONS -> missions(CsvRows.read(text, LedgerCsv.MISSION_COLUMNS));
            case CREW -> crew(CsvRows.read(text, LedgerCsv.CREW_COLUMNS));
        };
    }

    private Report people(CsvRows csv) {
        Map<String, Person> stored = byKey(Person.listAllInRecordOrder(), p -> p.slug);
        List<Violation> violations = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<PersonWrite, Person> pending = new LinkedHashMap<>();
        int unchanged = 0;
        for (CsvRows.Row row : csv.rows()) {
            if (repeated(row, "slug", seen, violations)) {
                continue;
            }
            Person existing = stored.get(row.get("slug"));
            if (existing != null && same(row, LedgerCsv.row(existing), LedgerCsv.PERSON_COLUMNS)) {
                unchanged++;
                continue;
            }
            PersonWrite write = new PersonWrite(row.get("slug"), row.get("name"), row.get("full_name"),
                    row.get("nationality"), row.get("agency"), row.get("wikipedia"),
                    existing == null ? List.of() : existing.alternativeNames.stream()
                            .map(n -> new PersonWrite.AltName(n.name, n.kind, n.source)).toList(),
                    existing == null ? null : existing.version);
            try {
                pending.put(people.check(write, existing), existing);
            } catch (InvalidInputException e) {
                e.violations.forEach(v -> violations.add(v.inRow(row.number(), column(v.field(), PERSON_FIELDS, "slug"))));
            }
        }
        refuse(violations);
        pending.forEach((write, existing) -> {
            if (existing == null) {
                people.create(write);
            } else {
                people.update(existing, existing.version, write);
            }
        });
        return report(pending.values(), unchanged);
    }

    private Report missions(CsvRows csv) {
        Map<String, Mission> stored = byKey(Mission.listAllInRecordOrder(), m -> m.slug);
        Map<String, Vehicle> vehicles = byKey(Vehicle.listAllInRecordOrder(), v -> v.name);
        List<Violation> violations = new ArrayList<>();
        Map<String, Integer> slugs = new HashMap<>();
        Map<String, Integer> designations = new HashMap<>();
        Map<MissionChanges.Checked, Mission> pending = new LinkedHashMap<>();
        Map<MissionChanges.Checked, String> notes = new HashMap<>();
        int unchanged = 0;
        for (CsvRows.Row row : csv.rows()) {
            if (repeated(row, "slug", slugs, violations) | repeated(row, "designation", designations, violations)) {
                continue;
            }
            Mission existing = stored.get(row.get("slug"));
            if (existing != null && same(row, LedgerCsv.row(existing), LedgerCsv.MISSION_COLUMNS)) {
                unchanged++;
                continue;
            }
            List<Violation> found = new ArrayList<>();
            String vehicleName = row.get("vehicle_family");
            Vehicle vehicle = vehicleName == null ? null : vehicles.get(vehicleName);
            if (vehicleName != null && vehicle == null) {
                found.add(new Violation("vehicle_family", "unknown", "vehicle", vehicleName));
            }
            String spacecraft = null;
            String spacecraftName = row.get("spacecraft_name");
            if (spacecraftName != null && vehicle != null) {
                Optional<Spacecraft> airframe = Spacecraft.find("vehicle = ?1 and name = ?2", vehicle, spacecraftName)
                        .firstResultOptional();
                if (airframe.isEmpty()) {
                    found.add(new Violation("spacecraft_name", "unknown", "spacecraft", spacecraftName));
                }
                spacecraft = airframe.map(s -> s.slug).orElse(null);
            }
            if (vehicle != null) {
                derived(row, "vehicle_country", Formats.country(vehicle.country, Language.EN), found);
            }
            List<Integer> expeditions = expeditions(row, found);
            longest(row, "notes", MISSION_NOTES, found);
            String sources = row.get("sources");
            MissionWrite write = new MissionWrite(row.get("slug"), row.get("designation"),
                    vehicle == null ? null : vehicle.slug, row.get("vehicle_variant"), spacecraft, row.get("operator"),
                    row.get("launch_utc"), row.get("docking_utc"), row.get("undocking_utc"), row.get("landing_utc"),
                    row.get("launch_site"), existing == null ? null : existing.summary, row.get("outcome"), expeditions,
                    existing == null ? List.of() : MissionWrite.of(existing).crewList(),
                    sources == null ? List.of() : List.of(sources.split("\\s+")),
                    existing == null ? null : existing.version);
            try {
                MissionChanges.Checked checked = missions.check(write, existing);
                if (found.isEmpty()) {
                    pending.put(checked, existing);
                    notes.put(checked, row.get("notes"));
                }
            } catch (InvalidInputException e) {
                // An unknown vehicle name is reported once, not again as a vehicle left out.
                e.violations.stream().filter(v -> vehicleName == null || !v.field().equals("vehicle"))
                        .forEach(v -> found.add(new Violation(column(v.field(), MISSION_FIELDS, "designation"),
                                v.rule(), v.arguments())));
            }
            found.forEach(v -> violations.add(v.inRow(row.number(), v.field())));
        }
        refuse(violations);
        pending.forEach((checked, existing) -> {
            if (existing == null) {
                missions.create(checked).notes = notes.get(checked);
            } else {
                existing.notes = notes.get(checked);
                missions.update(existing, existing.version, checked);
            }
        });
        return report(pending.values(), unchanged);
    }

    /** A changed seat: its row, the mission it is on, the flight home (a slug), whether it is new. */
    private record SeatRow(CsvRows.Row row, Mission mission, String landedOn, List<Integer> expeditions,
                           boolean created) {
    }

    private Report crew(CsvRows csv) {
        List<Mission> all = Mission.listAllInRecordOrder();
        Map<String, Mission> byDesignation = byKey(all, m -> m.designation);
        Map<String, CrewSeat> stored = byKey(CrewSeat.listAllInRecordOrder(),
                s -> seatKey(s.mission.designation, s.person.slug));
        List<Violation> violations = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<Mission, List<SeatRow>> changed = new LinkedHashMap<>();
        int unchanged = 0;
        for (CsvRows.Row row : csv.rows()) {
            String designation = row.get("designation");
            String slug = row.get("person_slug");
            List<Violation> found = new ArrayList<>();
            Mission mission = designation == null ? null : byDesignation.get(designation);
            if (designation == null) {
                found.add(new Violation("designation", "required"));
            } else if (mission == null) {
                found.add(new Violation("designation", "unknown", "mission", designation));
            }
            if (slug == null) {
                found.add(new Violation("person_slug", "required"));
            }
            if (!found.isEmpty()) {
                found.forEach(v -> violations.add(v.inRow(row.number(), v.field())));
                continue;
            }
            Integer earlier = seen.putIfAbsent(seatKey(designation, slug), row.number());
            if (earlier != null) {
                violations.add(new Violation(row.number(), "person_slug", "csv-twice", earlier));
                continue;
            }
            CrewSeat seat = stored.get(seatKey(designation, slug));
            if (seat != null && same(row, LedgerCsv.row(seat), LedgerCsv.CREW_COLUMNS)) {
                unchanged++;
                continue;
            }
            Person.findBySlug(slug).ifPresent(p -> derived(row, "person", p.name, found));
            derived(row, "launched_on", designation, found);
            String home = row.get("landed_on");
            Mission landedOn = home == null ? null : byDesignation.get(home);
            if (home != null && landedOn == null) {
                found.add(new Violation("landed_on", "unknown", "mission", home));
            }
            List<Integer> expeditions = expeditions(row, found);
            longest(row, "notes", SEAT_NOTES, found);
            found.forEach(v -> violations.add(v.inRow(row.number(), v.field())));
            if (!found.isEmpty()) {
                // The row's own columns are wrong: checking its crew would only guess on top of that.
                continue;
            }
            changed.computeIfAbsent(mission, m -> new ArrayList<>()).add(new SeatRow(row, mission,
                    landedOn == null ? null : landedOn.slug, expeditions, seat == null));
        }
        Map<MissionChanges.Checked, Mission> pending = new LinkedHashMap<>();
        changed.forEach((mission, rows) -> {
            Map<Integer, CsvRows.Row> rowOfSeat = new HashMap<>();
            MissionWrite stays = MissionWrite.of(mission);
            List<MissionWrite.Seat> crew = new ArrayList<>(stays.crewList());
            for (SeatRow seat : rows) {
                String slug = seat.row().get("person_slug");
                MissionWrite.Seat written = new MissionWrite.Seat(slug, seat.row().get("role"), seat.landedOn(),
                        seat.expeditions(), null);
                int index = crew.stream().map(MissionWrite.Seat::slug).toList().indexOf(slug);
                if (index < 0) {
                    crew.add(written);
                    index = crew.size() - 1;
                } else {
                    crew.set(index, written);
                }
                rowOfSeat.put(index, seat.row());
            }
            try {
                pending.put(missions.check(stays.withCrew(crew), mission), mission);
            } catch (InvalidInputException e) {
                for (Violation v : e.violations) {
                    violations.add(seatViolation(v, rowOfSeat, rows.get(0).row()));
                }
            }
        });
        refuse(violations);
        int created = 0;
        int updated = 0;
        for (Map.Entry<MissionChanges.Checked, Mission> entry : pending.entrySet()) {
            Mission mission = missions.update(entry.getValue(), entry.getValue().version, entry.getKey());
            Map<String, CrewSeat> seats = byKey(CrewSeat.ofMission(mission), s -> s.person.slug);
            for (SeatRow written : changed.get(entry.getValue())) {
                CrewSeat seat = seats.get(written.row().get("person_slug"));
                seat.expeditions.clear();
                seat.expeditions.addAll(written.expeditions() == null ? List.of() : written.expeditions());
                seat.notes = written.row().get("notes");
                if (written.created()) {
                    created++;
                } else {
                    updated++;
                }
            }
        }
        return new Report(created, updated, unchanged);
    }

    /** A rule a mission's crew broke, at the row of the seat it names; other rules at the mission's first row. */
    private static Violation seatViolation(Violation v, Map<Integer, CsvRows.Row> rowOfSeat, CsvRows.Row first) {
        String field = v.field();
        if (field.startsWith("crew[")) {
            int index = Integer.parseInt(field.substring(5, field.indexOf(']')));
            CsvRows.Row row = rowOfSeat.getOrDefault(index, first);
            return v.inRow(row.number(), column(field.substring(field.indexOf(']') + 1).replaceFirst("^\\.", ""),
                    SEAT_FIELDS, "person_slug"));
        }
        return v.inRow(first.number(), field.equals("crew") ? "person_slug" : "designation");
    }

    /** Whether the row's key column repeats an earlier row's; if so, that is a broken rule. */
    private static boolean repeated(CsvRows.Row row, String column, Map<String, Integer> seen,
                                    List<Violation> violations) {
        String key = row.get(column);
        Integer earlier = key == null ? null : seen.putIfAbsent(key, row.number());
        if (earlier != null) {
            violations.add(new Violation(row.number(), column, "csv-twice", earlier));
        }
        return earlier != null;
    }

    /** Whether a row says what the stored record's row says, column by column, spaces around fields aside. */
    private static boolean same(CsvRows.Row row, String[] stored, List<String> columns) {
        String[] written = row.in(columns);
        for (int i = 0; i < stored.length; i++) {
            String value = stored[i] == null || stored[i].isBlank() ? null : stored[i].strip();
            if (!Objects.equals(value, written[i])) {
                return false;
            }
        }
        return true;
    }

    /** A column the export derives from the record: empty, or what the record says. */
    private static void derived(CsvRows.Row row, String column, String expected, List<Violation> found) {
        String written = row.get(column);
        if (written != null && !written.equals(expected)) {
            found.add(new Violation(column, "csv-derived", expected, written));
        }
    }

    /** The row's expeditions in the reference notation; null (and a broken rule) when not in it. */
    private static List<Integer> expeditions(CsvRows.Row row, List<Violation> found) {
        Optional<List<Integer>> numbers = LedgerCsv.parseExpeditions(row.get("expeditions"));
        if (numbers.isEmpty()) {
            found.add(new Violation("expeditions", "csv-expeditions", row.get("expeditions")));
        }
        return numbers.orElse(null);
    }

    private static void longest(CsvRows.Row row, String column, int max, List<Violation> found) {
        String text = row.get(column);
        if (text != null && text.length() > max) {
            found.add(new Violation(column, "max-length", max));
        }
    }

    /** The column a write's field came from ("launch" from launch_utc); {@code otherwise} for the rest. */
    private static String column(String field, Map<String, String> columns, String otherwise) {
        String name = field.split("[\\[.]", 2)[0];
        return columns.getOrDefault(name, otherwise);
    }

    private static void refuse(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static <T> Report report(java.util.Collection<T> applied, int unchanged) {
        int created = (int) applied.stream().filter(Objects::isNull).count();
        return new Report(created, applied.size() - created, unchanged);
    }

    private static String seatKey(String designation, String personSlug) {
        return designation + '\u0000' + personSlug;
    }

    /** Records by a key each has once. */
    private static <T> Map<String, T> byKey(List<T> records, Function<T, String> key) {
        return records.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}
