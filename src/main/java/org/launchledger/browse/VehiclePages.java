package org.launchledger.browse;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jboss.resteasy.reactive.RestPath;
import org.launchledger.history.Mission;
import org.launchledger.history.Spacecraft;
import org.launchledger.history.Span;
import org.launchledger.history.StandDown;
import org.launchledger.history.Vehicle;
import org.launchledger.timeline.AccessService;
import org.launchledger.timeline.Ledger;
import org.launchledger.timeline.TimelineChart;
import org.launchledger.timeline.TimelineLayout;
import org.launchledger.web.MessageExtensions;
import org.launchledger.web.NotFoundProblem;

/** The vehicle families, one page per family, and one per airframe. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class VehiclePages {

    @CheckedTemplate(basePath = "browse")
    static class Templates {
        static native TemplateInstance vehicles(List<VehicleRecord> records);

        static native TemplateInstance vehicle(VehicleRecord record, List<Mission> flights, long allFlights,
                                               List<Airframe> airframes, List<StandDown> standDowns, TimelineChart lane);

        static native TemplateInstance spacecraft(Spacecraft spacecraft, List<Mission> flights,
                                                  List<Spacecraft> namesakes, Span timeFlown);
    }

    /** An airframe as its vehicle's page lists it: how often and from when to when it flew. */
    public record Airframe(Spacecraft spacecraft, List<Mission> flights) {

        public Mission first() {
            return flights.get(0);
        }

        public Mission last() {
            return flights.get(flights.size() - 1);
        }
    }

    /**
     * The most flights a vehicle's page lists (its latest); the list of missions, filtered to the
     * vehicle and paged, has them all.
     */
    static final int LISTED_FLIGHTS = 100;

    @Inject
    AccessService access;

    @GET
    @Path("vehicles")
    public TemplateInstance vehicles() {
        return Templates.vehicles(VehicleRecord.of(Vehicle.listInOrderOfFirstFlight(), access.ledger()));
    }

    /** One vehicle family (the layout shows the one-time message after an editor's change). */
    @GET
    @Path("vehicles/{slug}")
    public TemplateInstance vehicle(@RestPath String slug) {
        Vehicle vehicle = Vehicle.findBySlug(slug).orElseThrow(() -> new NotFoundProblem("vehicle", slug));
        List<Mission> flights = Mission.latestOfVehicle(vehicle, LISTED_FLIGHTS);
        List<StandDown> standDowns = StandDown.ofVehicle(vehicle);
        Ledger ledger = access.ledger();
        return Templates.vehicle(VehicleRecord.of(vehicle, standDowns, ledger), flights, Mission.count("vehicle", vehicle),
                airframes(Mission.withAirframeOfVehicle(vehicle)), standDowns,
                TimelineLayout.draw(ledger, TimelineLayout.vehicleView(ledger, vehicle.slug), MessageExtensions.current()));
    }

    @GET
    @Path("spacecraft/{slug}")
    public TemplateInstance spacecraft(@RestPath String slug) {
        Spacecraft spacecraft = Spacecraft.findBySlug(slug).orElseThrow(() -> new NotFoundProblem("spacecraft", slug));
        List<Mission> flights = Mission.ofSpacecraft(spacecraft);
        Span timeFlown = Span.sum(flights.stream().map(m -> Span.between(m.launch(), m.landing()))
                .filter(Objects::nonNull).toList());
        return Templates.spacecraft(spacecraft, flights, spacecraft.namesakes(), timeFlown);
    }

    /** The airframes among a vehicle's flights, in order of their first flight. */
    private static List<Airframe> airframes(List<Mission> flights) {
        Map<Spacecraft, List<Mission>> byAirframe = new LinkedHashMap<>();
        flights.stream().filter(m -> m.spacecraft != null)
                .forEach(m -> byAirframe.computeIfAbsent(m.spacecraft, s -> new ArrayList<>()).add(m));
        return byAirframe.entrySet().stream().map(e -> new Airframe(e.getKey(), e.getValue())).toList();
    }
}
