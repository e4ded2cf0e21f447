package org.launchledger.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.launchledger.history.Mission;
import org.launchledger.history.Spacecraft;
import org.launchledger.history.StandDown;
import org.launchledger.history.Vehicle;
import org.launchledger.web.NotFoundProblem;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class VehicleApi {

    public record VehicleJson(String slug, String name, String country, String operator, int crewSeats,
                              String retired, String notes, List<String> sources) {
        static VehicleJson of(Vehicle v) {
            return new VehicleJson(v.slug, v.name, v.country, v.operator, v.crewSeats, MissionJson.iso(v.retired()),
                    v.notes, List.copyOf(v.sources));
        }
    }

    public record VehicleDetailJson(VehicleJson vehicle, List<String> spacecraft, List<String> missions,
                                    List<StandDownJson> standDowns) {
    }

    public record StandDownJson(String vehicle, String from, String to, String reason, List<String> sources) {
        static StandDownJson of(StandDown s) {
            return new StandDownJson(s.vehicle.slug, MissionJson.iso(s.from()), MissionJson.iso(s.to()), s.reason,
                    List.copyOf(s.sources));
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
    @Operation(summary = "The vehicle families that flew crews to the ISS")
    public List<VehicleJson> vehicles() {
        return Vehicle.listInOrderOfFirstFlight().stream().map(VehicleJson::of).toList();
    }

    @GET
    @Path("vehicles/{slug}")
    @Operation(summary = "One vehicle family with its airframes, missions and stand-downs")
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
    @Operation(summary = "One airframe and its flights")
    public SpacecraftJson spacecraft(@RestPath String slug) {
        Spacecraft s = Spacecraft.findBySlug(slug).orElseThrow(() -> new NotFoundProblem("spacecraft", slug));
        List<FlightJson> flights = Mission.ofSpacecraft(s).stream().map(FlightJson::of).toList();
        return new SpacecraftJson(s.slug, s.name, s.vehicle.slug, flights);
    }

    @GET
    @Path("stand-downs")
    @Operation(summary = "Periods in which a vehicle that had flown crews could not")
    public List<StandDownJson> standDowns() {
        return StandDown.listAllInOrder().stream().map(StandDownJson::of).toList();
    }
}
