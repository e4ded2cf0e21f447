package org.launchledger.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.launchledger.history.CrewSeat;
import org.launchledger.history.Mission;
import org.launchledger.history.Moment;
import org.launchledger.history.Person;
import org.launchledger.history.StandDown;
import org.launchledger.history.Vehicle;
import org.launchledger.web.Formats;
import org.launchledger.web.Language;

/**
 * The whole dataset as CSV, read from the database, in the columns of data/reference/*.csv, so
 * anyone can back the history up and reuse it, and the seed's round trip can be checked. Rows come
 * in the order they were recorded; instants at their stored precision, as {@link Moment#iso()}
 * writes them; sources separated by spaces; expeditions as the reference tables write them.
 */
@Path("/api/export")
@Produces(ExportApi.CSV)
@Tag(name = "export", description = "The whole dataset as CSV, in the reference tables' columns")
public class ExportApi {

    /** The media type of every export. */
    public static final String CSV = "text/csv; charset=UTF-8";

    @GET
    @Path("missions.csv")
    @Operation(operationId = "exportMissions", summary = "Every mission as CSV",
            description = "The columns of data/reference/missions.csv, one row a mission, in the order recorded.")
    public Response missions() {
        return attachment("missions.csv", List.of("slug", "designation", "vehicle_family", "vehicle_variant",
                "spacecraft_name", "operator", "vehicle_country", "launch_utc", "launch_site", "docking_utc",
                "undocking_utc", "landing_utc", "outcome", "expeditions", "notes", "sources"),
                Mission.listAllInRecordOrder().stream().map(m -> new String[] {m.slug, m.designation, m.vehicle.name,
                        m.variant, m.spacecraft == null ? null : m.spacecraft.name, m.operator,
                        Formats.country(m.vehicle.country, Language.EN), iso(m.launch()), m.launchSite, iso(m.docking()),
                        iso(m.undocking()), iso(m.landing()), m.outcome.code, expeditions(m.expeditions), m.notes,
                        String.join(" ", m.sources)}));
    }

    @GET
    @Path("crew.csv")
    @Operation(operationId = "exportCrew", summary = "Every crew seat as CSV",
            description = "The columns of data/reference/crew.csv, one row a seat; missions by designation,"
                    + " landed_on empty while the person is still in space, expeditions only where the seat"
                    + " has its own.")
    public Response crew() {
        return attachment("crew.csv", List.of("designation", "person_slug", "person", "role", "launched_on",
                "landed_on", "expeditions", "notes"),
                CrewSeat.listAllInRecordOrder().stream().map(s -> new String[] {s.mission.designation, s.person.slug,
                        s.person.name, s.role, s.mission.designation, s.landedOn == null ? null : s.landedOn.designation,
                        expeditions(s.expeditions), s.notes}));
    }

    @GET
    @Path("people.csv")
    @Operation(operationId = "exportPeople", summary = "Every person as CSV",
            description = "The columns of data/reference/people.csv, one row a person, in the order recorded.")
    public Response people() {
        return attachment("people.csv", List.of("slug", "name", "full_name", "nationality", "agency", "wikipedia"),
                Person.listAllInRecordOrder().stream().map(p -> new String[] {p.slug, p.name, p.fullName,
                        p.nationality, p.agency, p.wikipedia}));
    }

    @GET
    @Path("alternative-names.csv")
    @Operation(operationId = "exportAlternativeNames", summary = "Every alternative name as CSV",
            description = "The columns of data/reference/alternative-names.csv: other romanisations, names in"
                    + " their own script and short names, each with its source.")
    public Response alternativeNames() {
        return attachment("alternative-names.csv", List.of("person_slug", "name", "kind", "source_url"),
                Person.listAllInRecordOrder().stream().flatMap(p -> p.alternativeNames.stream()
                        .map(n -> new String[] {p.slug, n.name, n.kind, n.source})));
    }

    @GET
    @Path("stand-downs.csv")
    @Operation(operationId = "exportStandDowns", summary = "Every stand-down as CSV",
            description = "The columns of data/reference/stand-downs.csv; to_utc empty while a stand-down lasts.")
    public Response standDowns() {
        return attachment("stand-downs.csv", List.of("vehicle_family", "from_utc", "to_utc", "reason", "reason_ro", "sources"),
                StandDown.listAllInRecordOrder().stream().map(s -> new String[] {s.vehicle.name, iso(s.from()),
                        iso(s.to()), s.reason, s.reasonRo, String.join(" ", s.sources)}));
    }

    @GET
    @Path("vehicles.csv")
    @Operation(operationId = "exportVehicles", summary = "Every vehicle family as CSV",
            description = "The columns of data/reference/vehicles.csv; retired_on empty while in service.")
    public Response vehicles() {
        return attachment("vehicles.csv", List.of("slug", "name", "country", "operator", "crew_seats", "retired_on",
                "notes", "notes_ro", "sources"),
                Vehicle.listAllInRecordOrder().stream().map(v -> new String[] {v.slug, v.name, v.country, v.operator,
                        String.valueOf(v.crewSeats), iso(v.retired()), v.notes, v.notesRo, String.join(" ", v.sources)}));
    }

    /**
     * Expedition numbers as the reference tables write them: "/" between numbers, a run of three
     * or more consecutive ones as a range ("43-46"), so [19, 20] is "19/20" and [43, 44, 45, 46] "43-46".
     */
    static String expeditions(List<Integer> numbers) {
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

    private static String iso(Moment moment) {
        return moment == null ? null : moment.iso();
    }

    /** The rows under the header, as a CSV file to download under {@code filename}. */
    private static Response attachment(String filename, List<String> header, Stream<String[]> rows) {
        CsvTable csv = new CsvTable(header);
        rows.forEach(csv::row);
        return Response.ok(csv.toString())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .build();
    }
}
