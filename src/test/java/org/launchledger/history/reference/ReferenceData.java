package org.launchledger.history.reference;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.launchledger.history.Slugs;

/**
 * The project's copy of the reference tables (data/reference/), read into plain rows. The seed
 * generator and the drift tests both read it, so import.sql and the database answer to one source.
 */
public record ReferenceData(
        List<VehicleRow> vehicles,
        List<MissionRow> missions,
        List<PersonRow> people,
        List<CrewRow> crew,
        List<StandDownRow> standDowns,
        List<AlternativeNameRow> alternativeNames,
        List<RenamedSlugRow> renamedSlugs) {

    public static final Path DIRECTORY = Path.of("data", "reference");

    public record VehicleRow(String slug, String name, String country, String operator, int crewSeats,
                             String retiredOn, String notes, String notesRo, List<String> sources) {
    }

    public record MissionRow(String slug, String designation, String vehicleSlug, String variant,
                             String spacecraftName, String operator, String launch, String launchSite,
                             String docking, String undocking, String landing, String outcome,
                             List<Integer> expeditions, String notes, List<String> sources) {

        public boolean unverified() {
            return notes.contains("UNVERIFIED");
        }

        /** The airframe's slug: its vehicle's slug and its name; null where none is named. */
        public String spacecraftSlug() {
            return spacecraftName.isEmpty() ? null : vehicleSlug + "-" + Slugs.of(spacecraftName);
        }
    }

    public record PersonRow(String slug, String name, String fullName, String nationality, String agency,
                            String wikipedia) {
    }

    /**
     * One seat; missions are given as slugs, landedOn empty while the person is still in space;
     * expeditions only where the launch flight's own do not say it.
     */
    public record CrewRow(String missionSlug, String personSlug, String person, String role, int position,
                          String landedOn, List<Integer> expeditions, String notes) {

        public boolean unverified() {
            return notes.contains("UNVERIFIED");
        }
    }

    public record StandDownRow(String vehicleSlug, String from, String to, String reason, String reasonRo,
                               List<String> sources) {
    }

    /** Another name of a person's, with its kind and source (alternative-names.csv). */
    public record AlternativeNameRow(String personSlug, String name, String kind, String source) {
    }

    /** A slug that was changed; the old one keeps answering with a redirect (renamed-slugs.csv). */
    public record RenamedSlugRow(String kind, String oldSlug, String newSlug, String changedOn, String reason) {
    }

    public static ReferenceData load() {
        return load(DIRECTORY);
    }

    public static ReferenceData load(Path directory) {
        List<VehicleRow> vehicles = Csv.read(directory.resolve("vehicles.csv")).stream()
                .map(r -> new VehicleRow(r.get("slug"), r.get("name"), r.get("country"), r.get("operator"),
                        Integer.parseInt(r.get("crew_seats")), r.get("retired_on"), r.get("notes"), r.get("notes_ro"),
                        urls(r.get("sources"))))
                .toList();
        Map<String, String> vehicleSlugByName = new LinkedHashMap<>();
        vehicles.forEach(v -> vehicleSlugByName.put(v.name(), v.slug()));

        List<MissionRow> missions = Csv.read(directory.resolve("missions.csv")).stream()
                .map(r -> new MissionRow(r.get("slug"), r.get("designation"),
                        required(vehicleSlugByName, r.get("vehicle_family"), "vehicle"), r.get("vehicle_variant"),
                        r.get("spacecraft_name"), r.get("operator"), r.get("launch_utc"), r.get("launch_site"),
                        r.get("docking_utc"), r.get("undocking_utc"), r.get("landing_utc"), r.get("outcome"),
                        expeditions(r.get("expeditions")), r.get("notes"), urls(r.get("sources"))))
                .toList();
        Map<String, String> missionSlugByDesignation = new LinkedHashMap<>();
        missions.forEach(m -> missionSlugByDesignation.put(m.designation(), m.slug()));

        List<PersonRow> people = Csv.read(directory.resolve("people.csv")).stream()
                .map(r -> new PersonRow(r.get("slug"), r.get("name"), r.get("full_name"), r.get("nationality"),
                        r.get("agency"), r.get("wikipedia")))
                .toList();

        List<CrewRow> crew = new ArrayList<>();
        Map<String, Integer> seatsSoFar = new LinkedHashMap<>();
        for (Map<String, String> r : Csv.read(directory.resolve("crew.csv"))) {
            String mission = required(missionSlugByDesignation, r.get("launched_on"), "mission");
            int position = seatsSoFar.merge(mission, 1, Integer::sum) - 1;
            String landedOn = r.get("landed_on").isEmpty()
                    ? "" : required(missionSlugByDesignation, r.get("landed_on"), "mission");
            crew.add(new CrewRow(mission, r.get("person_slug"), r.get("person"), r.get("role"), position, landedOn,
                    expeditions(r.get("expeditions")), r.get("notes")));
        }

        List<StandDownRow> standDowns = Csv.read(directory.resolve("stand-downs.csv")).stream()
                .map(r -> new StandDownRow(required(vehicleSlugByName, r.get("vehicle_family"), "vehicle"),
                        r.get("from_utc"), r.get("to_utc"), r.get("reason"), r.get("reason_ro"), urls(r.get("sources"))))
                .toList();
        List<AlternativeNameRow> alternativeNames = Csv.read(directory.resolve("alternative-names.csv")).stream()
                .map(r -> new AlternativeNameRow(r.get("person_slug"), r.get("name"), r.get("kind"), r.get("source_url")))
                .toList();
        List<RenamedSlugRow> renamedSlugs = Csv.read(directory.resolve("renamed-slugs.csv")).stream()
                .map(r -> new RenamedSlugRow(r.get("kind"), r.get("old_slug"), r.get("new_slug"), r.get("changed_on"),
                        r.get("reason")))
                .toList();
        return new ReferenceData(vehicles, missions, people, crew, standDowns, alternativeNames, renamedSlugs);
    }

    public List<AlternativeNameRow> alternativeNamesOf(String personSlug) {
        return alternativeNames.stream().filter(n -> n.personSlug().equals(personSlug)).toList();
    }

    public List<CrewRow> crewOf(String missionSlug) {
        return crew.stream().filter(c -> c.missionSlug().equals(missionSlug)).toList();
    }

    private static String required(Map<String, String> lookup, String key, String what) {
        String value = lookup.get(key);
        if (value == null) {
            throw new IllegalStateException("reference data names an unknown " + what + ": " + key);
        }
        return value;
    }

    static List<String> urls(String field) {
        return Arrays.stream(field.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
    }

    /** "19/20" is two expeditions; "43-46" is a range. */
    static List<Integer> expeditions(String field) {
        List<Integer> numbers = new ArrayList<>();
        for (String part : field.split("/")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            String[] range = p.split("-");
            int first = Integer.parseInt(range[0].trim());
            int last = Integer.parseInt(range[range.length - 1].trim());
            IntStream.rangeClosed(first, last).forEach(numbers::add);
        }
        return numbers;
    }
}
