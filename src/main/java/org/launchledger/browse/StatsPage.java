package org.launchledger.browse;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.launchledger.access.AccessHistory;
import org.launchledger.history.CrewSeat;
import org.launchledger.history.Mission;
import org.launchledger.history.Vehicle;
import org.launchledger.timeline.AccessService;
import org.launchledger.timeline.Ledger;
import org.launchledger.web.Formats;
import org.launchledger.web.Language;
import org.launchledger.web.Messages;
import org.launchledger.web.RequestLanguage;

/** Charts of the ledger, drawn on the server as SVG, each with its numbers in a table beneath. */
@Path("/stats")
@Produces(MediaType.TEXT_HTML)
public class StatsPage {

    @CheckedTemplate(basePath = "browse")
    static class Templates {
        static native TemplateInstance stats(Totals totals, ColumnChart launches, BarChart nationalities,
                                             List<CrewSeat.SeatsOfCountry> seatsByNationality, BarChart carried,
                                             List<VehicleTally> vehicles, BarChart longest,
                                             List<LedgerStats.LongestFlight> longestFlights, ColumnChart eraSeats,
                                             List<EraShare> eraShares);
    }

    /** Seats launched in one period of access, per vehicle, and each vehicle's share of them. */
    public record EraShare(String label, AccessHistory.Period period, List<Long> seats, long total) {

        public List<String> shares() {
            return seats.stream().map(n -> total == 0 ? "–" : Math.round(100.0 * n / total) + "%").toList();
        }
    }

    @Inject
    AccessService access;

    @Inject
    RequestLanguage language;

    public record Totals(long flights, long seats, long people, int countries) {
    }

    public record VehicleTally(Vehicle vehicle, Vehicle.Tally tally, String tone) {
    }

    /** The page in the request's language: chart titles, descriptions and labels included. */
    @GET
    public TemplateInstance stats() {
        Language lang = language.get();
        List<Vehicle> vehicles = Vehicle.listInOrderOfFirstFlight();
        Ledger ledger = access.ledger();
        LedgerStats.Figures figures = LedgerStats.of(ledger);
        List<VehicleTally> perVehicle = IntStream.range(0, vehicles.size())
                .mapToObj(i -> new VehicleTally(vehicles.get(i), figures.tallies().getOrDefault(vehicles.get(i).slug,
                        Vehicle.Tally.none(vehicles.get(i).slug)), tone(i)))
                .toList();
        List<CrewSeat.SeatsOfCountry> seats = figures.seatsByNationality();
        List<LedgerStats.LongestFlight> longest = figures.longest();
        Totals totals = new Totals(perVehicle.stream().mapToLong(v -> v.tally().flights()).sum(),
                seats.stream().mapToLong(CrewSeat.SeatsOfCountry::seats).sum(),
                seats.stream().mapToLong(CrewSeat.SeatsOfCountry::people).sum(), seats.size());
        List<EraShare> shares = eraShares(ledger.access().periods(), figures.seatsPerPeriod(), vehicles, lang);
        return Templates.stats(totals, launchesPerYear(figures.launchesPerYear(), perVehicle, lang), nationalityChart(seats, lang), seats,
                carriedChart(perVehicle, lang), perVehicle, longestChart(longest, lang), longest,
                eraSeatsChart(shares, perVehicle, lang), shares);
    }

    /** Seats on flights launched in each period of access (sole-access eras and the shared stretches between), per vehicle in order. */
    private static List<EraShare> eraShares(List<AccessHistory.Period> periods, List<Map<String, Long>> seatsPerPeriod,
                                            List<Vehicle> vehicles, Language lang) {
        return IntStream.range(0, periods.size()).mapToObj(i -> {
            AccessHistory.Period period = periods.get(i);
            // Short column labels: who alone could fly (its ISO code; none when shared) and the year it began.
            String label = Messages.text(lang, "stats.eras.column", period.country() == null ? "shared" : Formats.countryShort(period.country(), lang),
                    String.valueOf(period.from().date().getYear()));
            List<Long> seats = vehicles.stream().map(v -> seatsPerPeriod.get(i).getOrDefault(v.slug, 0L)).toList();
            return new EraShare(label, period, seats, seats.stream().mapToLong(Long::longValue).sum());
        }).toList();
    }

    private static ColumnChart eraSeatsChart(List<EraShare> shares, List<VehicleTally> vehicles, Language lang) {
        List<ColumnChart.Series> series = series(vehicles, lang);
        long[][] values = shares.stream().map(e -> e.seats().stream().mapToLong(Long::longValue).toArray())
                .toArray(long[][]::new);
        return ColumnChart.stacked("era-seats-chart", Messages.text(lang, "stats.eras.chart.title"),
                Messages.text(lang, "stats.eras.chart.description"), shares.stream().map(EraShare::label).toList(), series, values);
    }

    static final int TONES = 4;

    /** Vehicles keep one colour on every chart: their place in order of first flight (style.css has TONES). */
    private static String tone(int index) {
        return "s" + index % TONES;
    }

    /** One series per vehicle, named in the page's language, in its own colour. */
    private static List<ColumnChart.Series> series(List<VehicleTally> vehicles, Language lang) {
        return vehicles.stream().map(v -> new ColumnChart.Series(Formats.vehicle(v.vehicle(), lang), v.tone())).toList();
    }

    private static ColumnChart launchesPerYear(List<Mission.LaunchesInYear> rows, List<VehicleTally> vehicles,
                                               Language lang) {
        List<ColumnChart.Series> series = series(vehicles, lang);
        if (rows.isEmpty()) {
            return ColumnChart.stacked("launches-chart", Messages.text(lang, "stats.launches.chart.title-none"),
                    Messages.text(lang, "stats.launches.chart.description-none"), List.of(), series, new long[0][0]);
        }
        int first = rows.get(0).year();
        int last = rows.get(rows.size() - 1).year();
        long[][] values = new long[last - first + 1][vehicles.size()];
        List<String> slugs = vehicles.stream().map(v -> v.vehicle().slug).toList();
        for (Mission.LaunchesInYear row : rows) {
            values[row.year() - first][slugs.indexOf(row.vehicle())] += row.launches();
        }
        List<String> years = IntStream.rangeClosed(first, last).mapToObj(String::valueOf).toList();
        // Years as text: a number would be grouped ("2,009").
        return ColumnChart.stacked("launches-chart", Messages.text(lang, "stats.launches.chart.title"),
                Messages.text(lang, "stats.launches.chart.description", String.valueOf(first), String.valueOf(last)),
                years, series, values);
    }

    private static BarChart nationalityChart(List<CrewSeat.SeatsOfCountry> seats, Language lang) {
        return BarChart.of("nationality-chart", Messages.text(lang, "stats.nationalities.chart.title"),
                Messages.text(lang, "stats.nationalities.chart.description"),
                seats.stream().map(s -> new BarChart.Row(Formats.country(s.country(), lang), s.seats(),
                        String.valueOf(s.seats()), "accent")).toList());
    }

    private static BarChart carriedChart(List<VehicleTally> vehicles, Language lang) {
        return BarChart.of("carried-chart", Messages.text(lang, "stats.carried.chart.title"),
                Messages.text(lang, "stats.carried.chart.description"),
                vehicles.stream().map(v -> new BarChart.Row(Formats.vehicle(v.vehicle(), lang), v.tally().people(),
                        String.valueOf(v.tally().people()), v.tone())).toList());
    }

    private static BarChart longestChart(List<LedgerStats.LongestFlight> flights, Language lang) {
        return BarChart.of("longest-chart", Messages.text(lang, "stats.longest.chart.title"),
                Messages.text(lang, "stats.longest.chart.description"),
                flights.stream().map(f -> new BarChart.Row(f.personName(), f.span().length().toSeconds(),
                        Formats.dh(f.span(), lang), "accent")).toList());
    }
}
