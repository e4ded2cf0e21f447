package org.launchledger.teach;

import static org.launchledger.api.MissionJson.iso;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.launchledger.timeline.AccessService;
import org.launchledger.timeline.LedgerMission;

/**
 * {@code /api/on/{date}}: the facts of the on-this-day page as JSON, language-neutral: slugs, codes
 * and ISO-8601 UTC instants at their stored precision (null where unknown or still to come).
 */
@Path("/api/on")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "on this day", description = "Who was aboard the station on a day, what was docked, who could fly crews")
public class OnThisDayApi {

    /** A person aboard; {@code leftOn} null while still aboard. */
    public record AboardJson(String person, String name, String role, String cameOn, String vehicle,
                             List<Integer> expeditions, String leftOn) {
    }

    /** A flight docked that day; {@code spacecraft} the airframe's slug, null for a craft that flew once. */
    public record DockedJson(String mission, String designation, String vehicle, String spacecraft, String docking,
                             String undocking) {
    }

    /** An access segment the day overlaps; {@code to} null while it lasts, the lists empty when nobody could fly. */
    public record AccessJson(String from, String to, List<String> countries, List<String> vehicles) {
    }

    /** A flight either side of the day. */
    public record FlightJson(String mission, String designation, String vehicle, String launch) {
    }

    /** The day; {@code previousLaunch}/{@code nextLaunch} null where there is none. */
    public record DayJson(String date, List<AboardJson> aboard, List<DockedJson> docked, List<AccessJson> access,
                          FlightJson previousLaunch, FlightJson nextLaunch) {
    }

    @Inject
    AccessService service;

    @Inject
    OnThisDayDates dates;

    /**
     * One day on the station.
     *
     * @throws org.launchledger.web.BadParameterException a malformed or out-of-range date (400, problem+json naming {@code date})
     */
    @GET
    @Path("{date}")
    @Operation(operationId = "onThisDay", summary = "One day on the station",
            description = "For a day (YYYY-MM-DD, UTC) from the launch of the station's first module to today: who"
                    + " was aboard and on which flight each had come, the crewed flights docked, the access segments"
                    + " of that day and the launches just before and after. 400 for any other value.")
    public DayJson day(@RestPath String date) {
        OnThisDay day = OnThisDay.of(service.ledger(), dates.parse(date));
        return new DayJson(day.day().toString(),
                day.aboard().stream().map(a -> new AboardJson(a.seat().person(), a.seat().personName(), a.seat().role(),
                        a.cameOn().slug(), a.cameOn().vehicle(), a.seat().expeditions(),
                        a.leftOn() == null ? null : a.leftOn().slug())).toList(),
                OnThisDayPages.docked(day).stream().map(d -> new DockedJson(d.mission().slug(),
                        d.mission().designation(), d.mission().vehicle(), d.spacecraftSlug(),
                        iso(d.mission().docking()), iso(d.mission().undocking()))).toList(),
                day.access().stream().map(s -> new AccessJson(s.from().iso(), iso(s.to()), List.copyOf(s.countries()),
                        List.copyOf(s.vehicles()))).toList(),
                day.before().map(OnThisDayApi::flight).orElse(null), day.after().map(OnThisDayApi::flight).orElse(null));
    }

    private static FlightJson flight(LedgerMission m) {
        return new FlightJson(m.slug(), m.designation(), m.vehicle(), m.launch().iso());
    }
}
