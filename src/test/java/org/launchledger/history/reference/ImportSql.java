package org.launchledger.history.reference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.launchledger.history.Mission;
import org.launchledger.history.Moment;
import org.launchledger.history.Person;
import org.launchledger.history.Slugs;
import org.launchledger.history.reference.ReferenceData.CrewRow;
import org.launchledger.history.reference.ReferenceData.MissionRow;

/**
 * Writes import.sql from the reference tables: plain SQL for H2 and PostgreSQL, rows found by
 * slug rather than by id, so a reviewer can read every line on its own.
 */
final class ImportSql {

    private ImportSql() {
    }

    static String render(ReferenceData data) {
        StringBuilder sql = new StringBuilder();
        sql.append("""
                -- Launch Ledger: the curated history of crewed access to the ISS.
                -- Generated from data/reference/*.csv by ImportSqlTest (see README); review it like code.
                -- Loaded once into an empty database, after the last Flyway migration, by SeedEmptyDatabase.
                -- Instants are UTC, with the precision the source gave (DAY, MINUTE or SECOND).

                """);

        sql.append("-- Vehicles\n");
        for (var v : data.vehicles()) {
            Moment retired = v.retiredOn().isEmpty() ? null : Moment.parse(v.retiredOn());
            sql.append(insert("vehicle", columns(
                    "slug", text(v.slug()), "name", text(v.name()), "country", text(v.country()),
                    "operator", text(v.operator()), "crew_seats", String.valueOf(v.crewSeats()),
                    "retired_at", instant(retired), "retired_precision", precision(retired),
                    "notes", text(v.notes()), "notes_ro", text(v.notesRo()))));
            sources(sql, "vehicle_source", "vehicle_id", "vehicle", v.slug(), v.sources());
        }

        sql.append("\n-- Spacecraft: airframes that flew more than one crew\n");
        Map<String, MissionRow> airframes = new LinkedHashMap<>();
        data.missions().stream().filter(m -> m.spacecraftSlug() != null)
                .forEach(m -> airframes.putIfAbsent(m.spacecraftSlug(), m));
        airframes.forEach((slug, m) -> sql.append(insert("spacecraft", columns(
                "slug", text(slug), "name", text(m.spacecraftName()), "vehicle_id", idOf("vehicle", m.vehicleSlug())))));

        sql.append("\n-- People\n");
        for (var p : data.people()) {
            List<ReferenceData.AlternativeNameRow> names = data.alternativeNamesOf(p.slug());
            // The search column too, folded here as the app folds it: a new database then starts without
            // db.migration.SearchColumns folding every row (ICU's transliterator, a quarter of a second at start).
            String search = Person.searchText(p.slug(), p.name(), p.fullName(),
                    names.stream().map(n -> Slugs.of(n.name())).toList());
            sql.append(insert("person", columns(
                    "slug", text(p.slug()), "name", text(p.name()), "full_name", text(p.fullName()),
                    "nationality", text(p.nationality()), "agency", text(p.agency()),
                    "wikipedia", text(p.wikipedia()), "search", text(search))));
            for (int i = 0; i < names.size(); i++) {
                var n = names.get(i);
                sql.append(insert("person_alternative_name", columns(
                        "person_id", idOf("person", p.slug()), "position", String.valueOf(i), "name", text(n.name()),
                        "kind", text(n.kind()), "folded", text(Slugs.of(n.name())), "source", text(n.source()))));
            }
        }

        sql.append("\n-- Missions, in the order of the reference table\n");
        for (var m : data.missions()) {
            Moment launch = Moment.parse(m.launch());
            Moment docking = optional(m.docking());
            Moment undocking = optional(m.undocking());
            Moment landing = optional(m.landing());
            sql.append(insert("mission", columns(
                    "slug", text(m.slug()), "designation", text(m.designation()),
                    "vehicle_id", idOf("vehicle", m.vehicleSlug()), "variant", text(m.variant()),
                    "spacecraft_id", m.spacecraftSlug() == null ? "NULL" : idOf("spacecraft", m.spacecraftSlug()),
                    "operator", text(m.operator()),
                    "launch_at", instant(launch), "launch_precision", precision(launch),
                    "docking_at", instant(docking), "docking_precision", precision(docking),
                    "undocking_at", instant(undocking), "undocking_precision", precision(undocking),
                    "landing_at", instant(landing), "landing_precision", precision(landing),
                    "launch_site", text(m.launchSite()), "outcome", text(m.outcome()),
                    "notes", text(m.notes()), "unverified", String.valueOf(m.unverified()).toUpperCase(),
                    "search", text(Mission.searchText(m.slug(), m.designation())))));
        }

        for (var m : data.missions()) {
            sql.append("\n-- ").append(m.designation()).append(": sources, expeditions, crew\n");
            sources(sql, "mission_source", "mission_id", "mission", m.slug(), m.sources());
            for (int number : m.expeditions()) {
                sql.append(insert("mission_expedition", columns(
                        "mission_id", idOf("mission", m.slug()), "number", String.valueOf(number))));
            }
            for (CrewRow c : data.crewOf(m.slug())) {
                sql.append(insert("crew_seat", columns(
                        "person_id", idOf("person", c.personSlug()), "mission_id", idOf("mission", c.missionSlug()),
                        "landed_on_id", c.landedOn().isEmpty() ? "NULL" : idOf("mission", c.landedOn()),
                        "position", String.valueOf(c.position()), "role", text(c.role()),
                        "notes", text(c.notes()), "unverified", String.valueOf(c.unverified()).toUpperCase())));
                for (int number : c.expeditions()) {
                    sql.append(insert("crew_seat_expedition", columns(
                            "crew_seat_id", "(SELECT id FROM crew_seat WHERE mission_id = " + idOf("mission", c.missionSlug())
                                    + " AND person_id = " + idOf("person", c.personSlug()) + ")",
                            "number", String.valueOf(number))));
                }
            }
        }

        sql.append("\n-- Stand-downs: periods in which a vehicle that had flown crews could not\n");
        for (var s : data.standDowns()) {
            Moment from = Moment.parse(s.from());
            Moment to = optional(s.to());
            sql.append(insert("stand_down", columns(
                    "vehicle_id", idOf("vehicle", s.vehicleSlug()),
                    "from_at", instant(from), "from_precision", precision(from),
                    "to_at", instant(to), "to_precision", precision(to), "reason", text(s.reason()),
                    "reason_ro", text(s.reasonRo()))));
            String standDown = "(SELECT id FROM stand_down WHERE vehicle_id = " + idOf("vehicle", s.vehicleSlug())
                    + " AND from_at = " + instant(from) + ")";
            for (int i = 0; i < s.sources().size(); i++) {
                sql.append(insert("stand_down_source", columns(
                        "stand_down_id", standDown, "position", String.valueOf(i), "url", text(s.sources().get(i)))));
            }
        }

        sql.append("\n-- Renamed slugs: the old address answers with a redirect to the new one\n");
        for (var r : data.renamedSlugs()) {
            sql.append(insert("renamed_slug", columns(
                    "kind", text(r.kind()), "old_slug", text(r.oldSlug()), "new_slug", text(r.newSlug()),
                    "changed_on", "DATE '" + r.changedOn() + "'", "reason", text(r.reason()))));
        }
        return sql.toString();
    }

    private static void sources(StringBuilder sql, String table, String fk, String owner, String slug,
                                List<String> urls) {
        for (int i = 0; i < urls.size(); i++) {
            sql.append(insert(table, columns(fk, idOf(owner, slug), "position", String.valueOf(i),
                    "url", text(urls.get(i)))));
        }
    }

    private static Map<String, String> columns(String... namesAndValues) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            columns.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return columns;
    }

    private static String insert(String table, Map<String, String> columns) {
        return "INSERT INTO " + table + " (" + String.join(", ", columns.keySet()) + ") VALUES ("
                + columns.values().stream().collect(Collectors.joining(", ")) + ");\n";
    }

    private static String idOf(String table, String slug) {
        return "(SELECT id FROM " + table + " WHERE slug = " + text(slug) + ")";
    }

    private static Moment optional(String value) {
        return value == null || value.isEmpty() ? null : Moment.parse(value);
    }

    private static String instant(Moment moment) {
        return moment == null ? "NULL" : "TIMESTAMP WITH TIME ZONE '" + moment.at().toString().replace('T', ' ').replace("Z", "+00") + "'";
    }

    private static String precision(Moment moment) {
        return moment == null ? "NULL" : "'" + moment.precision() + "'";
    }

    private static String text(String value) {
        return value == null || value.isEmpty() ? "NULL" : "'" + value.replace("'", "''") + "'";
    }
}
