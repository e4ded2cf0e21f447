package org.launchledger.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.launchledger.contribute.FleetChanges;
import org.launchledger.contribute.StandDownWrite;
import org.launchledger.contribute.VehicleWrite;
import org.launchledger.history.Mission;
import org.launchledger.history.Spacecraft;
import org.launchledger.history.StandDown;
import org.launchledger.history.Vehicle;
import org.launchledger.web.NotFoundProblem;

/**
 * Vehicles, airframes and stand-downs as JSON: read by anyone; vehicles and stand-downs written by
 * editors and admins (HTTP Basic or the session) with an {@code application/json} body. There is no
 * review queue for these: a contributor's write is refused (403).
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "vehicles", description = "Vehicle families, airframes and stand-downs")
public class VehicleApi {

    @Inject
    SecurityIdentity identity;
    @Inject
    FleetChanges changes;

    /**
     * A vehicle family; {@code retired} an ISO date or instant in UTC cut to its precision (null while
     * in service); {@code version} the one to send back with a change.
     */
    public record VehicleJson(String slug, String name, String country, String operator, int crewSeats,
                              String retired, String notes, String notesRo, List<String> sources, long version) {
        static VehicleJson of(Vehicle v) {
            return new VehicleJson(v.slug, v.name, v.country, v.operator, v.crewSeats, MissionJson.iso(v.retired()),
                    v.notes, v.notesRo, List.copyOf(v.sources), v.version);
        }
    }

    public record VehicleDetailJson(VehicleJson vehicle, List<String> spacecraft, List<String> missions,
                                    List<StandDownJson> standDowns) {
    }

    /**
     * A stand-down: its vehicle's slug, from and to in UTC cut to their precision ({@code to} null
     * while it lasts); {@code id} addresses it, {@code version} is the one to send back with a change.
     */
    public record StandDownJson(long id, String vehicle, String from, String to, String reason, String reasonRo,
                                List<String> sources, long version) {
        static StandDownJson of(StandDown s) {
            return new StandDownJson(s.id, s.vehicle.slug, MissionJson.iso(s.from()), MissionJson.iso(s.to()),
                    s.reason, s.reasonRo, List.copyOf(s.sources), s.version);
        }
    }

    public record FlightJson(String slug, String designation, String launch, String landing) {
        static FlightJson of(Mission m) {
            return new FlightJson(m.slug, m.designation, MissionJson.iso(m.launch()), MissionJson.iso(m.landing()));
        }
    }

    public record SpacecraftJson(String slug, String name, String vehicle, List<FlightJson> missions) {
    }

    @GET
    @Path("vehicles")
    @Operation(operationId = "listVehicles", summary = "The vehicle families that flew crews to the ISS",
            description = "In the order of their first crewed flight to the station; retired null while in service.")
    public List<VehicleJson> vehicles() {
        return Vehicle.listInOrderOfFirstFlight().stream().map(VehicleJson::of).toList();
    }

    @GET
    @Path("vehicles/{slug}")
    @Operation(operationId = "getVehicle", summary = "One vehicle family with its airframes, missions and stand-downs",
            description = "Airframes and missions by slug. Unknown slug: 404.")
    public VehicleDetailJson vehicle(@RestPath String slug) {
        Vehicle v = Vehicle.findBySlug(slug).orElseThrow(() -> new NotFoundProblem("vehicle", slug));
        List<String> spacecraft = Spacecraft.<Spacecraft>list("vehicle = ?1 order by name", v).stream()
                .map(s -> s.slug).toList();
        List<String> missions = Mission.ofVehicle(v).stream().map(m -> m.slug).toList();
        List<StandDownJson> standDowns = StandDown.ofVehicle(v).stream().map(StandDownJson::of).toList();
        return new VehicleDetailJson(VehicleJson.of(v), spacecraft, missions, standDowns);
    }

    @GET
    @Path("spacecraft/{slug}")
    @Operation(operationId = "getSpacecraft", summary = "One airframe and its flights",
            description = "An airframe that flew more than once (an orbiter, a capsule); its slug is the vehicle's and its"
                    + " name. Unknown slug: 404.")
    public SpacecraftJson spacecraft(@RestPath String slug) {
        Spacecraft s = Spacecraft.findBySlug(slug).orElseThrow(() -> new NotFoundProblem("spacecraft", slug));
        List<FlightJson> flights = Mission.ofSpacecraft(s).stream().map(FlightJson::of).toList();
        return new SpacecraftJson(s.slug, s.name, s.vehicle.slug, flights);
    }

    @GET
    @Path("stand-downs")
    @Operation(operationId = "listStandDowns", summary = "Periods in which a vehicle that had flown crews could not",
            description = "Each with its vehicle, from and to (UTC; to null while it lasts), reason (English and Romanian) and sources.")
    public List<StandDownJson> standDowns() {
        return StandDown.listAllInOrder().stream().map(StandDownJson::of).toList();
    }

    @GET
    @Path("stand-downs/{id}")
    @Operation(operationId = "getStandDown", summary = "One stand-down",
            description = "Unknown or malformed id: 404.")
    public StandDownJson standDown(@RestPath String id) {
        return StandDownJson.of(findStandDown(id));
    }

    @PUT
    @Path("vehicles/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(operationId = "replaceVehicle", summary = "Replace a vehicle family's fields (editors and admins)",
            description = "Every field but the slug, which stays. The body carries the version read; another version: 409. "
                    + "Every broken rule at once: 422 with errors [{field, message}].")
    public VehicleJson replaceVehicle(@RestPath String slug, VehicleWrite write) {
        Writer.reviewer(identity);
        Vehicle vehicle = Vehicle.findBySlug(slug).orElseThrow(() -> new NotFoundProblem("vehicle", slug));
        FleetChanges.CheckedVehicle checked = changes.check(MissionApi.required(write), vehicle);
        return VehicleJson.of(changes.update(vehicle, write.version(), checked));
    }

    @POST
    @Path("stand-downs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(operationId = "createStandDown", summary = "Add a stand-down (editors and admins)",
            description = "201 and the stand-down at Location. Every broken rule at once: 422 with errors [{field, message}].")
    public Response createStandDown(StandDownWrite write) {
        Writer.reviewer(identity);
        StandDown standDown = changes.create(changes.check(MissionApi.required(write), null));
        // A relative Location, as ErrorResponses gives: never built from the Host header the client sent.
        return Response.status(Response.Status.CREATED).header("Location", "/api/stand-downs/" + standDown.id)
                .entity(StandDownJson.of(standDown)).build();
    }

    @PUT
    @Path("stand-downs/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(operationId = "replaceStandDown", summary = "Replace a stand-down (editors and admins)",
            description = "The body carries the version read; another version: 409.")
    public StandDownJson replaceStandDown(@RestPath String id, StandDownWrite write) {
        Writer.reviewer(identity);
        StandDown standDown = findStandDown(id);
        FleetChanges.CheckedStandDown checked = changes.check(MissionApi.required(write), standDown);
        return StandDownJson.of(changes.update(standDown, write.version(), checked));
    }

    @DELETE
    @Path("stand-downs/{id}")
    @Transactional
    @Operation(operationId = "deleteStandDown", summary = "Delete a stand-down (editors and admins)",
            description = "204 when deleted. Anonymous: 401; contributors: 403. Unknown id: 404.")
    public Response deleteStandDown(@RestPath String id) {
        Writer.reviewer(identity);
        changes.delete(findStandDown(id));
        return Response.noContent().build();
    }

    /** The stand-down a path names; 404 for an unknown or malformed id. */
    private static StandDown findStandDown(String id) {
        return StandDown.findByIdText(id)
                .orElseThrow(() -> new NotFoundProblem("standDown", id));
    }
}
