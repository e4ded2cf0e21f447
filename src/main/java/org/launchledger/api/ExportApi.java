package org.launchledger.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.launchledger.contribute.LedgerCsv;
import org.launchledger.history.CrewSeat;
import org.launchledger.history.Mission;
import org.launchledger.history.Moment;
import org.launchledger.history.Person;
import org.launchledger.history.StandDown;
import org.launchledger.history.Vehicle;

/**
 * The whole dataset as CSV, read from the database, in the columns of data/reference/*.csv, so
 * anyone can back the history up and reuse it, and the seed's round trip can be checked. Rows come
 * in the order they were recorded; missions, crew and people as {@link LedgerCsv} writes them (and
 * the import reads them back); instants at their stored precision, as {@link Moment#iso()} writes them.
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
        return attachment("missions.csv", LedgerCsv.MISSION_COLUMNS,
                Mission.listAllInRecordOrder().stream().map(LedgerCsv::row));
    }

    @GET
    @Path("crew.csv")
    @Operation(operationId = "exportCrew", summary = "Every crew seat as CSV",
            description = "The columns of data/reference/crew.csv, one row a seat; missions by designation,"
                    + " landed_on empty while the person is still in space, expeditions only where the seat"
                    + " has its own.")
    public Response crew() {
        return attachment("crew.csv", LedgerCsv.CREW_COLUMNS,
                CrewSeat.listAllInRecordOrder().stream().map(LedgerCsv::row));
    }

    @GET
    @Path("people.csv")
    @Operation(operationId = "exportPeople", summary = "Every person as CSV",
            description = "The columns of data/reference/people.csv, one row a person, in the order recorded.")
    public Response people() {
        return attachment("people.csv", LedgerCsv.PERSON_COLUMNS,
                Person.listAllInRecordOrder().stream().map(LedgerCsv::row));
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
                StandDown.listAllInRecordOrder().stream().map(s -> new String[] {s.vehicle.name, LedgerCsv.iso(s.from()),
                        LedgerCsv.iso(s.to()), s.reason, s.reasonRo, String.join(" ", s.sources)}));
    }

    @GET
    @Path("vehicles.csv")
    @Operation(operationId = "exportVehicles", summary = "Every vehicle family as CSV",
            description = "The columns of data/reference/vehicles.csv; retired_on empty while in service.")
    public Response vehicles() {
        return attachment("vehicles.csv", List.of("slug", "name", "country", "operator", "crew_seats", "retired_on",
                "notes", "notes_ro", "sources"),
                Vehicle.listAllInRecordOrder().stream().map(v -> new String[] {v.slug, v.name, v.country, v.operator,
                        String.valueOf(v.crewSeats), LedgerCsv.iso(v.retired()), v.notes, v.notesRo, String.join(" ", v.sources)}));
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
