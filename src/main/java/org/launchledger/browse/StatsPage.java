package org.launchledger.browse;

import org.launchledger.web.Formats;
import org.launchledger.history.Span;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.launchledger.history.CrewSeat;
import org.launchledger.history.Mission;
import org.launchledger.history.Vehicle;

/** Charts of the ledger, drawn on the server as SVG, each with its numbers in a table beneath. */
@Path("/stats")
@Produces(MediaType.TEXT_HTML)
public class StatsPage {

    @CheckedTemplate(basePath = "browse")
    static class Templates {
        static native TemplateInstance stats(Totals totals, ColumnChart launches, BarChart nationalities,
                                             List<CrewSeat.SeatsOfCountry> seatsByNationality, BarChart carried,
                                             List<VehicleTally> vehicles, BarChart longest,
                                             List<LongFlight> longestFlights);
    }

    public record Totals(long flights, long seats, long people, int countries) {
    }

    public record VehicleTally(Vehicle vehicle, Vehicle.Tally tally, String tone) {
    }

    public record LongFlight(CrewSeat seat, Span span) {
    }

    @GET
    public TemplateInstance stats() {
        List<Vehicle> vehicles = Vehicle.listInOrderOfFirstFlight();
        Map<String, Vehicle.Tally> tallies = Vehicle.tallies();
        List<VehicleTally> perVehicle = IntStream.range(0, vehicles.size())
                .mapToObj(i -> new VehicleTally(vehicles.get(i),
                        tallies.getOrDefault(vehicles.get(i).slug, Vehicle.Tally.none(vehicles.get(i).slug)), tone(i)))
                .toList();
        List<CrewSeat.SeatsOfCountry> seats = CrewSeat.seatsByNationality();
        List<LongFlight> longest = CrewSeat.longestFlights().stream()
                .map(s -> new LongFlight(s, Span.between(s.mission.launch(), s.landedOn.landing()))).toList();
        Totals totals = new Totals(perVehicle.stream().mapToLong(v -> v.tally().flights()).sum(),
                seats.stream().mapToLong(CrewSeat.SeatsOfCountry::seats).sum(),
                seats.stream().mapToLong(CrewSeat.SeatsOfCountry::people).sum(), seats.size());
        return Templates.stats(totals, launchesPerYear(perVehicle), nationalityChart(seats), seats,
                carriedChart(perVehicle), perVehicle, longestChart(longest), longest);
    }

    /** Vehicles keep one colour on every chart: their place in order of first flight. */
    private static String tone(int index) {
        return "s" + index;
    }

    private static ColumnChart launchesPerYear(List<VehicleTally> vehicles) {
        List<Mission.LaunchesInYear> rows = Mission.crewedLaunchesPerYear();
        List<ColumnChart.Series> series = vehicles.stream()
                .map(v -> new ColumnChart.Series(v.vehicle().name, v.tone())).toList();
        if (rows.isEmpty()) {
            return ColumnChart.stacked("launches-chart", "Crewed launches to the ISS per year", "No launches yet.",
                    List.of(), series, new long[0][0]);
        }
        int first = rows.get(0).year();
        int last = rows.get(rows.size() - 1).year();
        long[][] values = new long[last - first + 1][vehicles.size()];
        List<String> slugs = vehicles.stream().map(v -> v.vehicle().slug).toList();
        for (Mission.LaunchesInYear row : rows) {
            values[row.year() - first][slugs.indexOf(row.vehicle())] += row.launches();
        }
        List<String> years = IntStream.rangeClosed(first, last).mapToObj(String::valueOf).toList();
        return ColumnChart.stacked("launches-chart", "Crewed launches to the ISS per year, by vehicle",
                "Columns for each year from " + first + " to " + last + ", stacked by vehicle; the table below "
                        + "gives every number.", years, series, values);
    }

    private static BarChart nationalityChart(List<CrewSeat.SeatsOfCountry> seats) {
        return BarChart.of("nationality-chart", "Seats to the ISS by nationality",
                "One bar per country, longest for the most seats; the table below gives every number.",
                seats.stream().map(s -> new BarChart.Row(Formats.country(s.country()), s.seats(),
                        String.valueOf(s.seats()), "accent")).toList());
    }

    private static BarChart carriedChart(List<VehicleTally> vehicles) {
        return BarChart.of("carried-chart", "People carried to the ISS per vehicle",
                "One bar per vehicle, for the number of different people it launched.",
                vehicles.stream().map(v -> new BarChart.Row(v.vehicle().name, v.tally().people(),
                        String.valueOf(v.tally().people()), v.tone())).toList());
    }

    private static BarChart longestChart(List<LongFlight> flights) {
        return BarChart.of("longest-chart", "The longest single flights",
                "One bar per person and flight, launch to landing of the flight home, longest first.",
                flights.stream().map(f -> new BarChart.Row(f.seat().person.name, f.span().length().toSeconds(),
                        Formats.dh(f.span()), "accent")).toList());
    }
}
