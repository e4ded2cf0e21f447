package org.launchledger.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.launchledger.browse.LedgerStats;
import org.launchledger.history.CrewSeat;
import org.launchledger.history.Mission;
import org.launchledger.history.Page;
import org.launchledger.history.Search;
import org.launchledger.history.Vehicle;
import org.launchledger.timeline.AccessService;
import org.launchledger.web.NotFoundProblem;
import org.launchledger.web.Params;
import org.launchledger.web.ReaderSearch;

/** JSON twins of the expedition, search and statistics pages: the same queries, rendered as records. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "browse", description = "Expeditions, search and statistics, as the site's pages show them")
public class BrowseApi {

    @Inject
    AccessService access;


    /** One member of an expedition's crew: up on {@code launchedOn}, home on {@code landedOn} (null while in space). */
    public record ExpeditionSeatJson(String person, String name, String role, String launchedOn, String landedOn,
                                     boolean unverified) {
        static ExpeditionSeatJson of(CrewSeat s) {
            return new ExpeditionSeatJson(s.person.slug, s.person.name, s.role, s.mission.slug,
                    s.landedOn == null ? null : s.landedOn.slug, s.unverified);
        }
    }

    /** An expedition: who flew up and down for it, and the flights involved. */
    public record ExpeditionJson(int number, List<ExpeditionSeatJson> crew, List<MissionJson> missions) {
    }

    public record SpacecraftRef(String slug, String name, String vehicle) {
    }

    /** A vehicle found by search: its slug (for /api/vehicles/{slug}) and its name in the data (English). */
    public record VehicleRef(String slug, String name) {
    }

    /**
     * What a search found; vehicles and expeditions in full, the first missions and people. expeditionFlights: the
     * flights of the expedition found when it is exactly one (as /api/expeditions/{number} gives them), else empty.
     */
    public record SearchJson(String q, LaunchDatesJson launched, List<VehicleRef> vehicles, List<Integer> expeditions,
                             List<MissionJson> expeditionFlights, Page<MissionJson> missions,
                             Page<PersonApi.PersonJson> people, List<SpacecraftRef> spacecraft) {
    }

    /** The UTC launch dates a search text named (a year, a month or a day), both included, as ISO dates; the missions are those launched then. */
    public record LaunchDatesJson(String from, String to) {
    }

    public record LongFlightJson(String person, String launchedOn, String landedOn, String launch, String landing,
                                 long seconds) {
        static LongFlightJson of(LedgerStats.LongestFlight f) {
            return new LongFlightJson(f.person(), f.launchedOn().slug(), f.landedOn().slug(),
                    MissionJson.iso(f.launchedOn().launch()), MissionJson.iso(f.landedOn().landing()),
                    Duration.between(f.launchedOn().launch().at(), f.landedOn().landing().at()).toSeconds());
        }
    }

    public record StatsJson(List<Mission.LaunchesInYear> crewedLaunchesPerYear,
                            List<CrewSeat.SeatsOfCountry> seatsByNationality, Map<String, Vehicle.Tally> vehicles,
                            List<LongFlightJson> longestFlights) {
    }

    @GET
    @Path("expeditions/{number: \\d{1,4}}")
    @Operation(operationId = "getExpedition", summary = "One ISS expedition: who flew up and down for it, on what, and the flights involved",
            description = "number: the expedition's number (1-9999). Its crew seats and the missions that carried them;"
                    + " 404 when no flight carried that expedition.")
    public ExpeditionJson expedition(@RestPath int number) {
        List<CrewSeat> crew = CrewSeat.ofExpedition(number);
        List<Mission> missions = Mission.ofExpedition(number, crew);
        if (missions.isEmpty()) {
            throw new NotFoundProblem("expedition", String.valueOf(number));
        }
        // Every crew of these flights with the flights they came home on, in one statement, so the
        // cost stays the same whatever flights the expedition's crews came home on.
        CrewSeat.ofMissions(missions);
        return new ExpeditionJson(number, crew.stream().map(ExpeditionSeatJson::of).toList(),
                missions.stream().map(MissionJson::of).toList());
    }

    @GET
    @Path("search")
    @Operation(operationId = "search", summary = "Vehicles, expeditions, missions, people and spacecraft by name, number or designation; partial, case- and accent-insensitive",
            description = "q: the text to find, in any spelling or script of a name (folded to ASCII). No q: empty results."
                    + " Expeditions: \"Expedition 64\", \"expediția 64\", \"exp 64\" or \"64\" finds Expedition 64 (if the data"
                    + " links a flight or seat to it), and expeditionFlights lists the flights of the one expedition found; the word alone"
                    + " finds them all. A year (\"2011\"), a month (\"2011-07\", \"July 2011\", \"iulie 2011\") or a day"
                    + " (\"2011-07-21\", \"21 July 2011\", \"July 21, 2011\", \"21 iulie 2011\", \"21.07.2011\"), alone or at the"
                    + " start or end beside names (\"soyuz 2011\"), narrows the missions to those launched then (launched gives"
                    + " the dates, UTC; null for other text)."
                    + " Each kind is capped; q over 100 characters or with control characters, or a date the calendar does not"
                    + " have (\"2011-02-30\"): 400.")
    public SearchJson search(@RestQuery String q) {
        String text = Params.text("q", q);
        if (text == null) {
            return new SearchJson(null, null, List.of(), List.of(), List.of(), new Page<>(0, 0, Search.LIMIT, List.of()),
                    new Page<>(0, 0, Search.LIMIT, List.of()), List.of());
        }
        Search found = ReaderSearch.of(text);
        CrewSeat.ofMissions(found.expeditionFlights());
        return new SearchJson(text,
                found.launched() == null ? null
                        : new LaunchDatesJson(found.launched().from().toString(), found.launched().to().toString()),
                found.vehicles().stream().map(v -> new VehicleRef(v.slug, v.name)).toList(),
                found.expeditions(), found.expeditionFlights().stream().map(MissionJson::of).toList(),
                found.missions().map(MissionJson::of),
                PersonApi.PersonJson.of(found.people()),
                found.spacecraft().stream().map(s -> new SpacecraftRef(s.slug, s.name, s.vehicle.slug)).toList());
    }

    @GET
    @Path("stats")
    @Operation(operationId = "getStats", summary = "Crewed launches per year and vehicle, seats by nationality, tallies per vehicle, longest flights",
            description = "Counted from ISS flights only: a seat on a flight that reached the station (a launch abort is not one).")
    public StatsJson stats() {
        LedgerStats.Figures figures = LedgerStats.of(access.ledger());
        return new StatsJson(figures.launchesPerYear(), figures.seatsByNationality(), figures.tallies(),
                figures.longest().stream().map(LongFlightJson::of).toList());
    }
}
